using Masthead.Core.Paywall;

namespace Masthead.Web.Features.Paywall;

/// <summary>The part of an article a reader is sent: the preview always, the gated part only if allowed.</summary>
/// <param name="Preview">Blocks every reader of the page gets.</param>
/// <param name="Gated">Blocks after the preview; null when withheld or when the article has no gated part.</param>
/// <param name="Withheld">Whether blocks were kept back from this reader.</param>
public sealed record GatedBody(IReadOnlyList<string> Preview, IReadOnlyList<string>? Gated, bool Withheld);

/// <summary>
/// The one enforcement point: turns a decision and a rendered body into what may leave the server.
/// Gated blocks are dropped here, never hidden with markup.
/// </summary>
public static class ArticleGate
{
    public static GatedBody Apply(AccessDecision decision, ArticleAccess article, IReadOnlyList<string> blocks)
    {
        if (article.Level == AccessLevel.Free && decision.FullText)
        {
            return new GatedBody(blocks, null, false);
        }

        // A preview as long as the article would be the article: something is always held back.
        var wanted = decision.FullText ? article.PreviewParagraphs : decision.PreviewParagraphs;
        var previewLength = Math.Clamp(wanted, 0, decision.FullText ? blocks.Count : Math.Max(0, blocks.Count - 1));
        var preview = blocks.Take(previewLength).ToList();
        if (!decision.FullText)
        {
            return new GatedBody(preview, null, previewLength < blocks.Count);
        }

        var rest = blocks.Skip(previewLength).ToList();
        return new GatedBody(preview, rest.Count > 0 ? rest : null, false);
    }
}
