namespace Masthead.Web.Infrastructure.Caching;

/// <summary>The names of what cached values are made of.</summary>
public static class ContentTags
{
    /// <summary>Every article page: sections, tags, authors and media show on all of them.</summary>
    public const string Articles = "articles";

    /// <summary>The home page and section fronts.</summary>
    public const string Fronts = "fronts";

    /// <summary>The section navigation.</summary>
    public const string Sections = "sections";

    /// <summary>One article, by the address readers ask for it at.</summary>
    public static string Slug(string slug) => "slug:" + slug;

    /// <summary>One reader's entitlement: subscription, complimentary access.</summary>
    public static string User(string userId) => "user:" + userId;
}
