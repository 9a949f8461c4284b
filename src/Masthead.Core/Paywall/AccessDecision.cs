namespace Masthead.Core.Paywall;

/// <summary>What one reader may see of one article, now.</summary>
/// <param name="FullText">Whether the whole article may be sent.</param>
/// <param name="Prompt">What to tell the reader.</param>
/// <param name="PreviewParagraphs">When not <paramref name="FullText"/>, how many leading blocks may be sent.</param>
/// <param name="FreeArticlesLeft">Meter allowance left after this read, when the meter was consulted.</param>
/// <param name="Meter">The meter to keep after this read, for the period of now; null when no meter applies.</param>
/// <param name="MeterChanged">Whether <paramref name="Meter"/> differs from what the reader brought and must be saved.</param>
public sealed record AccessDecision(
    bool FullText,
    Prompt Prompt,
    int PreviewParagraphs,
    int? FreeArticlesLeft = null,
    MeterState? Meter = null,
    bool MeterChanged = false)
{
    public static AccessDecision Full(Prompt prompt = Prompt.None) => new(true, prompt, 0);

    public static AccessDecision Preview(Prompt prompt, int paragraphs) => new(false, prompt, paragraphs);
}
