using System.Globalization;
using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Media;

namespace Masthead.Web.Features.Shared;

/// <summary>
/// What a &lt;picture&gt; needs: the WebP source, the fallback in the picture's original format (JPEG, PNG or WebP),
/// intrinsic size.
/// </summary>
public sealed record Picture(string WebpSrcset, string FallbackSrcset, string Src, int Width, int Height, string Alt, string Sizes, string LargestSrc)
{
    public static Picture For(MediaImage image, IMediaStorage storage, string sizes)
    {
        var widths = image.VariantWidths.Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToList();
        string Srcset(string ext) => string.Join(", ", widths.Select(w => $"{storage.UrlFor(ImageVariants.VariantKey(image.StorageKey, w, ext))} {w}w"));
        var original = image.OriginalExtension;
        var fallback = widths.FirstOrDefault(w => w >= 800, widths[^1]);
        var fallbackHeight = (int)Math.Round(image.Height * (double)fallback / image.Width);
        return new Picture(
            Srcset("webp"),
            Srcset(original),
            storage.UrlFor(ImageVariants.VariantKey(image.StorageKey, fallback, original)),
            fallback,
            fallbackHeight,
            image.AltText,
            sizes,
            storage.UrlFor(ImageVariants.VariantKey(image.StorageKey, widths[^1], original)));
    }
}
