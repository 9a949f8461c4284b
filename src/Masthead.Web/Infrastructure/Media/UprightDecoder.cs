using SkiaSharp;

namespace Masthead.Web.Infrastructure.Media;

/// <summary>Decodes a picture's pixels into sRGB and turns them the way its EXIF orientation says it is seen.</summary>
internal static class UprightDecoder
{
    /// <summary>The size the picture is seen at: a picture turned on its side swaps width and height.</summary>
    public static SKSizeI UprightSize(SKCodec codec) => SwapsSides(codec.EncodedOrigin)
        ? new SKSizeI(codec.Info.Height, codec.Info.Width)
        : new SKSizeI(codec.Info.Width, codec.Info.Height);

    /// <summary>The upright picture, or null unless the codec read every pixel (a truncated file reads as incomplete).</summary>
    public static SKBitmap? Decode(SKCodec codec)
    {
        var info = new SKImageInfo(
            codec.Info.Width,
            codec.Info.Height,
            SKImageInfo.PlatformColorType,
            codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul,
            SKColorSpace.CreateSrgb());
        var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            decoded.Dispose();
            return null;
        }

        if (codec.EncodedOrigin is SKEncodedOrigin.TopLeft)
        {
            return decoded;
        }

        using (decoded)
        {
            return Turn(decoded, codec.EncodedOrigin);
        }
    }

    private static SKBitmap Turn(SKBitmap source, SKEncodedOrigin origin)
    {
        var (w, h) = (source.Width, source.Height);
        var upright = new SKBitmap(SwapsSides(origin) ? source.Info.WithSize(h, w) : source.Info);
        using var canvas = new SKCanvas(upright);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(ToUpright(origin, w, h));
        canvas.DrawBitmap(source, 0, 0, SKSamplingOptions.Default);
        return upright;
    }

    private static bool SwapsSides(SKEncodedOrigin origin) => origin
        is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>Maps stored pixels to where they are seen (Skia's SkEncodedOriginToMatrix).</summary>
    private static SKMatrix ToUpright(SKEncodedOrigin origin, float w, float h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.TopLeft => SKMatrix.Identity,
        _ => SKMatrix.Identity,
    };
}
