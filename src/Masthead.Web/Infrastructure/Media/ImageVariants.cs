using SkiaSharp;

namespace Masthead.Web.Infrastructure.Media;

/// <summary>Responsive variants of a picture: several widths, each as WebP and in the picture's original format.</summary>
public sealed class ImageVariants(IMediaStorage storage)
{
    public static readonly int[] Widths = [480, 800, 1200, 1600];

    public sealed record Result(int Width, int Height, IReadOnlyList<int> VariantWidths);

    /// <summary>Decodes a trusted file such as a demo picture and stores its variants; uploads go through <see cref="ImageIntake"/>.</summary>
    public async Task<Result> CreateAsync(string key, byte[] source, ImageFormat original, CancellationToken cancellationToken)
    {
        using var data = SKData.CreateCopy(source);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("The file is not an image this site can read.");
        using var upright = UprightDecoder.Decode(codec) ?? throw new InvalidDataException("The file is incomplete or damaged.");
        return await CreateAsync(key, upright, original, cancellationToken);
    }

    /// <summary>
    /// Stores variants of an upright picture under images/{key}/{width}.webp and images/{key}/{width}.{original extension},
    /// never wider than the picture. Every file is encoded before the first is written; if a write fails, the files
    /// already written are deleted.
    /// </summary>
    public async Task<Result> CreateAsync(string key, SKBitmap upright, ImageFormat original, CancellationToken cancellationToken)
    {
        var widths = Widths.Where(w => w < upright.Width).Append(Math.Min(upright.Width, Widths[^1])).Distinct().Order().ToList();
        ImageFormat[] formats = original == ImageFormat.Webp ? [ImageFormat.Webp] : [ImageFormat.Webp, original];
        var files = new List<(string Key, SKData Data)>();
        try
        {
            foreach (var width in widths)
            {
                var height = Math.Max(1, (int)Math.Round(upright.Height * (double)width / upright.Width));
                using var resized = width == upright.Width
                    ? null
                    : upright.Resize(upright.Info.WithSize(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell))
                        ?? throw new InvalidDataException($"The picture could not be resized to {width} pixels wide.");
                using var image = SKImage.FromBitmap(resized ?? upright);
                foreach (var format in formats)
                {
                    var encoded = image.Encode(format.Encoding, format.Quality)
                        ?? throw new InvalidDataException($"The picture could not be saved as {format.Name} at {width} pixels wide.");
                    files.Add((VariantKey(key, width, format.Extension), encoded));
                }
            }

            await SaveAllAsync(files, cancellationToken);
        }
        finally
        {
            files.ForEach(f => f.Data.Dispose());
        }

        return new Result(upright.Width, upright.Height, widths);
    }

    public static string VariantKey(string storageKey, int width, string extension) => $"images/{storageKey}/{width}.{extension}";

    private async Task SaveAllAsync(List<(string Key, SKData Data)> files, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        try
        {
            foreach (var (key, data) in files)
            {
                await using var stream = data.AsStream();
                await storage.SaveAsync(key, stream, cancellationToken);
                written.Add(key);
            }
        }
        catch
        {
            foreach (var key in written)
            {
                await storage.DeleteAsync(key, CancellationToken.None);
            }

            throw;
        }
    }
}
