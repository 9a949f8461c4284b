namespace Masthead.Web.Infrastructure.Media;

/// <summary>Tells a JPEG, PNG or WebP file from its first bytes; a file's name is never trusted.</summary>
public static class ImageFormatSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> needs to recognise every format.</summary>
    public const int HeaderLength = 12;

    public static ImageFormat? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ImageFormat.Jpeg;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ImageFormat.Png;
        }

        return header.Length >= HeaderLength && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8)
            ? ImageFormat.Webp
            : null;
    }
}
