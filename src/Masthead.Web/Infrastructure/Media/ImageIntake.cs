using System.Globalization;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Masthead.Web.Infrastructure.Media;

/// <summary>
/// Takes an uploaded picture: recognises it by its bytes, refuses it before decoding if it is too large, decodes
/// every pixel, turns it upright and stores re-encoded variants. The uploaded bytes themselves, and their metadata
/// (EXIF, GPS), are never stored.
/// </summary>
public sealed class ImageIntake(ImageVariants variants, IOptions<MediaLimits> options)
{
    public const string NotAnImage = "This file is not a JPEG, PNG or WebP image.";
    public const string Damaged = "The file is incomplete or damaged: upload it again.";

    public async Task<ImageIntakeResult> AcceptAsync(string storageKey, Stream upload, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var bytes = await ReadAtMostAsync(upload, limits.MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return new ImageIntakeResult.Rejected($"The file is larger than {MediaLimits.Describe(limits.MaxBytes)}.");
        }

        var format = ImageFormatSniffer.Sniff(bytes);
        if (format is null)
        {
            return new ImageIntakeResult.Rejected(NotAnImage);
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format.Encoding)
        {
            return new ImageIntakeResult.Rejected(Damaged);
        }

        if (TooLarge(UprightDecoder.UprightSize(codec), limits) is { } tooLarge)
        {
            return new ImageIntakeResult.Rejected(tooLarge);
        }

        using var upright = UprightDecoder.Decode(codec);
        if (upright is null)
        {
            return new ImageIntakeResult.Rejected(Damaged);
        }

        try
        {
            var stored = await variants.CreateAsync(storageKey, upright, format, cancellationToken);
            return new ImageIntakeResult.Accepted(stored.Width, stored.Height, stored.VariantWidths, format.Extension);
        }
        catch (InvalidDataException)
        {
            return new ImageIntakeResult.Rejected($"This {format.Name} image could not be converted: save it again in an image editor and upload the copy.");
        }
    }

    /// <summary>Checked on the header's dimensions, before a single pixel is allocated.</summary>
    private static string? TooLarge(SKSizeI size, MediaLimits limits)
    {
        var described = string.Create(CultureInfo.InvariantCulture, $"This image is {size.Width} × {size.Height} pixels");
        if ((long)size.Width * size.Height > limits.MaxPixels)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{described}; the limit is {limits.MaxPixels / 1_000_000d:0.#} megapixels.");
        }

        return Math.Max(size.Width, size.Height) > limits.MaxSide
            ? string.Create(CultureInfo.InvariantCulture, $"{described}; the limit is {limits.MaxSide} pixels on its longest side.")
            : null;
    }

    /// <summary>The whole upload, or null as soon as it proves longer than <paramref name="maxBytes"/> (at most one byte more is read).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream upload, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        while (buffer.Length <= maxBytes)
        {
            var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length);
            var read = await upload.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, read);
        }

        return null;
    }
}
