using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Masthead.Core.Paywall;
using Masthead.Web.Data;
using Masthead.Web.Features.Articles;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Infrastructure;

/// <summary>The demo articles as the database holds them, with the sentences of their gated parts.</summary>
public static partial class DemoArticles
{
    private static readonly HtmlParser Parser = new();

    public sealed record Gated(string Slug, AccessLevel Level, bool Metered, IReadOnlyList<string> GatedSentences)
    {
        public string Url => $"/articles/{Slug}";

        public override string ToString() => Slug;
    }

    public static async Task<IReadOnlyList<Gated>> GatedAsync(MastheadApp app)
    {
        var articles = await app.WithDbAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.AccessLevel != AccessLevel.Free)
            .OrderBy(a => a.Id)
            .ToListAsync());
        var renderer = app.Service<ArticleBodyRenderer>();
        return articles.Select(a => new Gated(a.Slug, a.AccessLevel, a.Metered, Sentences(renderer.RenderBlocks(a.BodyMarkdown).Skip(a.PreviewParagraphs)))).ToList();
    }

    /// <summary>Sentences long enough to be unmistakable, as plain text.</summary>
    private static List<string> Sentences(IEnumerable<string> blocks) =>
        blocks.SelectMany(b => SentenceEnd().Split(Parser.ParseDocument(b).Body!.TextContent))
            .Select(s => s.Trim())
            .Where(s => s.Length >= 30)
            .ToList();

    [GeneratedRegex(@"(?<=[.!?""])\s+")]
    private static partial Regex SentenceEnd();
}
