using Masthead.Core.Paywall;
using Masthead.Web.Data;
using Masthead.Web.Features.Shared;
using Masthead.Web.Infrastructure.Caching;

namespace Masthead.Web.Features.Reading;

/// <summary>
/// An article as every reader shares it: its metadata, lead picture, JSON-LD and rendered blocks.
/// Nothing here depends on who reads it; what they may be sent of <see cref="Blocks"/> is decided
/// per request.
/// </summary>
public sealed record ArticleView(
    int Id,
    string Slug,
    int Version,
    ArticleStatus Status,
    string Headline,
    string Standfirst,
    string Dateline,
    string SectionSlug,
    string SectionName,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Tags,
    IReadOnlyList<CorrectionView> Corrections,
    DateTimeOffset PublishedAt,
    ArticleAccess Access,
    LeadPictureView? LeadPicture,
    string CanonicalUrl,
    string? ImageUrl,
    string JsonLd,
    IReadOnlyList<string> Blocks) : ICacheSized
{
    public AccessLevel Level => Access.Level;

    public long CacheSize => 2048 + Blocks.Sum(b => (long)b.Length * 2) + (JsonLd.Length * 2);
}

public sealed record CorrectionView(DateTimeOffset PublishedAt, string Text);

public sealed record LeadPictureView(Picture Picture, string Caption, string Credit);
