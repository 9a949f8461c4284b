namespace Masthead.Core.Paywall;

/// <summary>The paywall-relevant facts of one article.</summary>
/// <param name="ArticleId">Stable id; the meter counts distinct ids.</param>
/// <param name="Level">Who may read the whole article.</param>
/// <param name="Metered">Whether a subscribers-only article may be read on the meter.</param>
/// <param name="PreviewParagraphs">How many leading blocks a reader who may not read on still gets, as the newsroom set it.</param>
/// <param name="BlockCount">How many top-level blocks the rendered body has, so the decision can say exactly how many to send.</param>
public sealed record ArticleAccess(int ArticleId, AccessLevel Level, bool Metered, int PreviewParagraphs, int BlockCount);
