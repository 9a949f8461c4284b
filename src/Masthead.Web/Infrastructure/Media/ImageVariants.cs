using SkiaSharp;

namespace Masthead.Web.Infrastructure.Media;

/// <summary>Responsive variants of a picture: several widths, each as WebP and as JPEG.</summary>
public sealed class ImageVariants(IMediaStorage storage)
{
    public static readonly int[] Widths = [480, 800, 1200, 1600];

    public sealed record Result(int Width, int Height, IReadOnlyList<int> VariantWidths);

    /// <summary>Decodes <paramref name="source"/> and stores variants under images/{key}/{width}.{webp|jpg}.</summary>
    public async Task<Result> CreateAsync(string key, byte[] source, CancellationToken cancellationToken)
    {
        using var original = SKBitmap.Decode(source)
            ?? throw new InvalidDataException("The file is not an image this site can read.");
        var widths = Widths.Where(w => w < original.Width).Append(Math.Min(original.Width, Widths[^1])).Distinct().Order().ToList();
        foreach (var width in widths)
        {
            var height = (int)Math.Round(original.Height * (double)width / original.Width);
            using var resized = width == original.Width
                ? original.Copy()
                : original.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(resized);
            await SaveAsync($"images/{key}/{width}.webp", image.Encode(SKEncodedImageFormat.Webp, 78), cancellationToken);
            await SaveAsync($"images/{key}/{width}.jpg", image.Encode(SKEncodedImageFormat.Jpeg, 82), cancellationToken);
        }

        return new Result(original.Width, original.Height, widths);
    }

    private async Task SaveAsync(string key, SKData data, CancellationToken cancellationToken)
    {
        using (data)
        {
            await using var stream = data.AsStream();
            await storage.SaveAsync(key, stream, cancellationToken);
        }
    }

    public static string VariantKey(string storageKey, int width, string extension) => $"images/{storageKey}/{width}.{extension}";
}
