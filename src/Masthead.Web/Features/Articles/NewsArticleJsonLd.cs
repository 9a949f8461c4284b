using System.Text.Json;
using Masthead.Core.Paywall;
using Masthead.Web.Data;
using Masthead.Web.Features.Shared;

namespace Masthead.Web.Features.Articles;

/// <summary>
/// schema.org NewsArticle for an article page. It carries no body text at all, so it cannot leak
/// the gated part; on a paywalled article it names the gated section by CSS class, as search
/// engines ask of paywalled pages.
/// </summary>
public static class NewsArticleJsonLd
{
    public const string GatedClass = "paywalled-content";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string For(Article article, string canonicalUrl, string? imageUrl, string publisher, string publisherUrl)
    {
        var free = article.AccessLevel == AccessLevel.Free;
        var document = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["mainEntityOfPage"] = new Dictionary<string, object?> { ["@type"] = "WebPage", ["@id"] = canonicalUrl },
            ["url"] = canonicalUrl,
            ["headline"] = article.Headline,
            ["description"] = article.Standfirst,
            ["image"] = imageUrl is null ? null : new[] { imageUrl },
            ["datePublished"] = article.PublishedAt is { } published ? DateFormats.Machine(published) : null,
            ["dateModified"] = DateFormats.Machine(article.UpdatedAt),
            ["articleSection"] = article.Section.Name,
            ["keywords"] = article.Tags.Count == 0 ? null : string.Join(", ", article.Tags.Select(t => t.Name)),
            ["author"] = article.Authors.Select(a => new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = a.Name }).ToArray(),
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "NewsMediaOrganization", ["name"] = publisher, ["url"] = publisherUrl },
            ["correction"] = article.Corrections.Count == 0 ? null : article.Corrections.OrderBy(c => c.PublishedAt).Select(c => new Dictionary<string, object?>
            {
                ["@type"] = "CorrectionComment",
                ["text"] = c.Text,
                ["datePublished"] = DateFormats.Machine(c.PublishedAt),
            }).ToArray(),
            ["isAccessibleForFree"] = free,
            ["hasPart"] = free ? null : new Dictionary<string, object?>
            {
                ["@type"] = "WebPageElement",
                ["isAccessibleForFree"] = false,
                ["cssSelector"] = "." + GatedClass,
            },
        };

        // The default encoder escapes '<' and '>', so the script element cannot be closed from inside.
        return JsonSerializer.Serialize(document.Where(p => p.Value is not null).ToDictionary(), Options);
    }
}
