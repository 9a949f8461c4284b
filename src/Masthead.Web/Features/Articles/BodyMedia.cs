using System.Globalization;
using System.Text.RegularExpressions;
using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Media;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Articles;

/// <summary>The library pictures and videos a story body refers to (as media:ID and video:ID), loaded before rendering.</summary>
public sealed partial record BodyMedia(IReadOnlyDictionary<int, MediaImage> Images, IReadOnlyDictionary<int, MediaVideo> Videos, IMediaStorage? Storage)
{
    public static BodyMedia None { get; } = new(new Dictionary<int, MediaImage>(), new Dictionary<int, MediaVideo>(), null);

    public static async Task<BodyMedia> LoadAsync(string markdown, MastheadDbContext db, IMediaStorage storage, CancellationToken cancellationToken)
    {
        var references = Reference().Matches(markdown);
        if (references.Count == 0)
        {
            return None with { Storage = storage };
        }

        var imageIds = IdsOf(references, "media");
        var videoIds = IdsOf(references, "video");
        var images = imageIds.Count == 0 ? [] : await db.Images.AsNoTracking().Where(i => imageIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var videos = videoIds.Count == 0 ? [] : await db.Videos.AsNoTracking().Include(v => v.PosterImage).Where(v => videoIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return new BodyMedia(images, videos, storage);
    }

    /// <summary>The library pictures <paramref name="markdown"/> refers to, read as rendering reads them.</summary>
    public static IReadOnlyList<int> ImageIdsIn(string markdown) => IdsOf(Reference().Matches(markdown), "media");

    private static List<int> IdsOf(MatchCollection references, string kind) =>
        references.Where(m => m.Groups["kind"].Value == kind)
            .Select(m => int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"\((?<kind>media|video):(?<id>\d{1,9})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
