using System.Globalization;
using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Media;

namespace Masthead.Web.Features.Newsroom;

/// <summary>The smallest variant of a picture, for the newsroom's pickers and lists.</summary>
public static class Thumbnails
{
    public const int Width = 160;

    public static string Url(MediaImage image, IMediaStorage storage)
    {
        var smallest = int.Parse(image.VariantWidths.Split(',')[0], CultureInfo.InvariantCulture);
        return storage.UrlFor(ImageVariants.VariantKey(image.StorageKey, smallest, "webp"));
    }

    public static int Height(MediaImage image) => (int)Math.Round(Width * (double)image.Height / Math.Max(1, image.Width));
}
