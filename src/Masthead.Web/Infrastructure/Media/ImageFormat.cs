using SkiaSharp;

namespace Masthead.Web.Infrastructure.Media;

/// <summary>A picture format the media library accepts, with its canonical file extension.</summary>
public sealed record ImageFormat(string Name, string Extension, SKEncodedImageFormat Encoding, int Quality)
{
    public static readonly ImageFormat Jpeg = new("JPEG", "jpg", SKEncodedImageFormat.Jpeg, 82);
    public static readonly ImageFormat Png = new("PNG", "png", SKEncodedImageFormat.Png, 100);
    public static readonly ImageFormat Webp = new("WebP", "webp", SKEncodedImageFormat.Webp, 78);
}
