using Masthead.Core.Paywall;
using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Media;

namespace Masthead.Web.Features.Shared;

/// <summary>An article as listed on a front: headline, standfirst and picture, never body text.</summary>
public sealed record ArticleCard(
    string Url, string Headline, string Standfirst, string SectionName, string SectionUrl,
    string Byline, DateTimeOffset PublishedAt, AccessLevel AccessLevel, Picture? Picture)
{
    public static ArticleCard From(Article article, IMediaStorage media, string sizes) => new(
        Infrastructure.SiteUrls.Article(article.Slug),
        article.Headline,
        article.Standfirst,
        article.Section.Name,
        Infrastructure.SiteUrls.Section(article.Section.Slug),
        string.Join(" and ", article.Authors.Select(a => a.Name)),
        article.PublishedAt ?? article.UpdatedAt,
        article.AccessLevel,
        article.LeadImage is null ? null : Picture.For(article.LeadImage, media, sizes));
}
