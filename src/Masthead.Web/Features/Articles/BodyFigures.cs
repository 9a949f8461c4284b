using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Masthead.Core.Publishing;
using Masthead.Web.Features.Shared;
using Masthead.Web.Infrastructure.Media;

namespace Masthead.Web.Features.Articles;

/// <summary>
/// Paragraphs that stand for media: a library picture, an uploaded video, or a YouTube or Vimeo
/// address. Their markup is built here from library records and checked ids, never from the
/// writer's HTML, so it needs no sanitizing; every piece of text in it is encoded.
/// </summary>
public static partial class BodyFigures
{
    private const string Sizes = "(min-width: 60rem) 42rem, 100vw";

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <summary>The figure for a paragraph, "" for a reference to media no longer in the library, null for ordinary text.</summary>
    public static string? Render(string paragraph, BodyMedia media)
    {
        var text = paragraph.Trim();
        if (LinkedPicture().Match(text) is { Success: true } linked)
        {
            return VideoLink.TryParse(linked.Groups["url"].Value, out var link)
                ? Embed(link, PosterFor(linked, media))
                : null;
        }

        if (MediaReference().Match(text) is { Success: true } reference)
        {
            var id = int.Parse(reference.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var alt = reference.Groups["alt"].Value.Trim();
            return reference.Groups["kind"].Value == "media" ? Image(id, alt, media) : Video(id, alt, media);
        }

        return VideoLink.TryParse(text, out var video) ? Embed(video, null) : null;
    }

    private static string Image(int id, string alt, BodyMedia media)
    {
        if (media.Storage is not { } storage || !media.Images.TryGetValue(id, out var image))
        {
            return "";
        }

        var picture = Picture.For(image, storage, Sizes) with { Alt = alt.Length > 0 ? alt : image.AltText };
        return $"<figure class=\"body-figure\">{PictureHtml(picture)}{Caption(image.Caption, image.Credit)}</figure>";
    }

    private static string Video(int id, string title, BodyMedia media)
    {
        if (media.Storage is not { } storage || !media.Videos.TryGetValue(id, out var video))
        {
            return "";
        }

        var poster = Picture.For(video.PosterImage, storage, Sizes);
        var name = title.Length > 0 ? title : video.Title;
        return "<figure class=\"body-figure body-video\">"
            + $"<video controls preload=\"none\" playsinline poster=\"{Html.Encode(poster.Src)}\" width=\"{poster.Width}\" height=\"{poster.Height}\" aria-label=\"{Html.Encode(name)}\">"
            + $"<source src=\"{Html.Encode(storage.UrlFor(VideoIntake.KeyFor(video.StorageKey)))}\" type=\"video/mp4\">"
            + $"<a href=\"{Html.Encode(storage.UrlFor(VideoIntake.KeyFor(video.StorageKey)))}\">Download the video: {Html.Encode(name)}</a>"
            + "</video>"
            + Caption(video.Caption, video.Credit)
            + "</figure>";
    }

    /// <summary>
    /// Nothing is fetched from the video's host until the reader presses play: the page shows our
    /// poster (or a plain one) and a link; the site script swaps in the player on a click.
    /// </summary>
    private static string Embed(VideoLink link, Picture? poster)
    {
        var label = $"Play the video (from {link.ProviderName})";
        var art = poster is null
            ? "<span class=\"video-embed-blank\" aria-hidden=\"true\"></span>"
            : PictureHtml(poster with { Alt = "" });
        return $"<figure class=\"body-figure video-embed\" data-embed=\"{Html.Encode(link.EmbedUrl)}\" data-title=\"{Html.Encode(poster?.Alt is { Length: > 0 } alt ? alt : $"Video from {link.ProviderName}")}\">"
            + $"<a class=\"video-embed-link\" href=\"{Html.Encode(link.WatchUrl)}\">{art}<span class=\"video-embed-play\">{Html.Encode(label)}</span></a>"
            + $"<figcaption>{Html.Encode(poster?.Alt ?? "")} <span class=\"credit\">Plays from {Html.Encode(link.ProviderName)}, which may set cookies once you press play.</span></figcaption>"
            + "</figure>";
    }

    private static Picture? PosterFor(Match linked, BodyMedia media)
    {
        var id = int.Parse(linked.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (media.Storage is not { } storage || !media.Images.TryGetValue(id, out var image))
        {
            return null;
        }

        var alt = linked.Groups["alt"].Value.Trim();
        return Picture.For(image, storage, Sizes) with { Alt = alt.Length > 0 ? alt : image.AltText };
    }

    private static string PictureHtml(Picture picture) =>
        "<picture>"
        + $"<source type=\"image/webp\" srcset=\"{Html.Encode(picture.WebpSrcset)}\" sizes=\"{Html.Encode(picture.Sizes)}\">"
        + $"<img src=\"{Html.Encode(picture.Src)}\" srcset=\"{Html.Encode(picture.FallbackSrcset)}\" sizes=\"{Html.Encode(picture.Sizes)}\" width=\"{picture.Width}\" height=\"{picture.Height}\" alt=\"{Html.Encode(picture.Alt)}\" loading=\"lazy\" decoding=\"async\">"
        + "</picture>";

    private static string Caption(string caption, string credit) =>
        caption.Length == 0 && credit.Length == 0
            ? ""
            : $"<figcaption>{Html.Encode(caption)} <span class=\"credit\">{Html.Encode(credit)}</span></figcaption>";

    [GeneratedRegex(@"^!\[(?<alt>[^\]\n]{0,300})\]\((?<kind>media|video):(?<id>\d{1,9})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaReference();

    [GeneratedRegex(@"^\[!\[(?<alt>[^\]\n]{0,300})\]\(media:(?<id>\d{1,9})\)\]\((?<url>[^)\s]{1,500})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkedPicture();
}
