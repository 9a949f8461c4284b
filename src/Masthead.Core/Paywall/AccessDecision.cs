namespace Masthead.Core.Paywall;

/// <summary>What one reader may see of one article, now.</summary>
/// <param name="FullText">Whether the whole article may be sent.</param>
/// <param name="Prompt">What to tell the reader.</param>
/// <param name="FreeBlocks">
/// How many leading blocks are free to every reader of the page: the preview of a paywalled article,
/// every block of a free one. Blocks after these, when sent, are the gated part.
/// </param>
/// <param name="SentBlocks">Exactly how many leading blocks may leave the server.</param>
/// <param name="FreeArticlesLeft">Meter allowance left after this read, when the meter was consulted.</param>
/// <param name="Meter">The meter to keep after this read, for the period of now; null when no meter applies.</param>
/// <param name="MeterChanged">Whether <paramref name="Meter"/> differs from what the reader brought and must be saved.</param>
public sealed record AccessDecision(
    bool FullText,
    Prompt Prompt,
    int FreeBlocks,
    int SentBlocks,
    int? FreeArticlesLeft = null,
    MeterState? Meter = null,
    bool MeterChanged = false)
{
    /// <summary>The whole article; a paywalled one keeps its preview apart, so the page can mark the gated part.</summary>
    public static AccessDecision Full(ArticleAccess article, Prompt prompt = Prompt.None) =>
        new(true, prompt, FreeBlocksOf(article, full: true), article.BlockCount);

    /// <summary>
    /// The preview only. A preview as long as the article would be the article, so at least one
    /// block is always held back.
    /// </summary>
    public static AccessDecision Preview(ArticleAccess article, Prompt prompt)
    {
        var free = FreeBlocksOf(article, full: false);
        return new(false, prompt, free, free);
    }

    private static int FreeBlocksOf(ArticleAccess article, bool full) =>
        article.Level == AccessLevel.Free
            ? article.BlockCount
            : Math.Clamp(article.PreviewParagraphs, 0, full ? article.BlockCount : Math.Max(0, article.BlockCount - 1));
}
