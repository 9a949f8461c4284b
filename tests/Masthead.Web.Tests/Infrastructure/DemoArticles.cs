using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Masthead.Core.Paywall;
using Masthead.Web.Data;
using Masthead.Web.Features.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Web.Tests.Infrastructure;

/// <summary>
/// The published gated articles as the database holds them (the demo's, and any a test added), with the
/// sentences of their gated parts.
/// </summary>
public static partial class DemoArticles
{
    private static readonly HtmlParser Parser = new();

    public sealed record Gated(string Slug, AccessLevel Level, bool Metered, IReadOnlyList<string> GatedSentences)
    {
        public string Url => $"/articles/{Slug}";

        public override string ToString() => Slug;
    }

    /// <summary>
    /// Bodies are rendered by the app's own <see cref="ArticleBodies"/>, exactly as the article page gets
    /// them (pictures and videos are blocks of their own); the gated part is worked out here, independently of
    /// the gate under test: every block after the article's preview, and always at least the last one.
    /// </summary>
    public static async Task<IReadOnlyList<Gated>> GatedAsync(MastheadApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MastheadDbContext>();
        var bodies = scope.ServiceProvider.GetRequiredService<ArticleBodies>();
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.AccessLevel != AccessLevel.Free)
            .OrderBy(a => a.Id)
            .ToListAsync();
        var gated = new List<Gated>(articles.Count);
        foreach (var article in articles)
        {
            var blocks = await bodies.RenderAsync(article.BodyMarkdown, CancellationToken.None);
            var preview = Math.Clamp(article.PreviewParagraphs, 0, Math.Max(0, blocks.Count - 1));
            gated.Add(new Gated(article.Slug, article.AccessLevel, article.Metered, Sentences(blocks.Skip(preview))));
        }

        return gated;
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
