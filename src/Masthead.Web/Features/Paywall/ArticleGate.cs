using Masthead.Core.Paywall;

namespace Masthead.Web.Features.Paywall;

/// <summary>The part of an article a reader is sent: the free blocks always, the gated part only if allowed.</summary>
/// <param name="Preview">Blocks every reader of the page gets (all of a free article).</param>
/// <param name="Gated">Blocks after the preview, sent to this reader; null when withheld or when there are none.</param>
/// <param name="Withheld">Whether blocks were kept back from this reader.</param>
public sealed record GatedBody(IReadOnlyList<string> Preview, IReadOnlyList<string>? Gated, bool Withheld);

/// <summary>
/// The one enforcement point: cuts a rendered body exactly where the decision says. Gated blocks
/// are dropped here, never hidden with markup.
/// </summary>
public static class ArticleGate
{
    public static GatedBody Apply(AccessDecision decision, IReadOnlyList<string> blocks)
    {
        if (decision.SentBlocks > blocks.Count || decision.FreeBlocks > decision.SentBlocks)
        {
            throw new InvalidOperationException(
                $"A decision for {decision.SentBlocks} blocks ({decision.FreeBlocks} free) does not fit a body of {blocks.Count}.");
        }

        var preview = blocks.Take(decision.FreeBlocks).ToList();
        var gated = decision.SentBlocks > decision.FreeBlocks ? blocks.Skip(decision.FreeBlocks).Take(decision.SentBlocks - decision.FreeBlocks).ToList() : null;
        return new GatedBody(preview, gated, decision.SentBlocks < blocks.Count);
    }
}
