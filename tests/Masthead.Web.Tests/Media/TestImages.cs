using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Masthead.Web.Tests.Media;

/// <summary>Pictures made in the test, so no binary fixtures are needed.</summary>
internal static class TestImages
{
    public static byte[] Painted(int width, int height, SKEncodedImageFormat format, Func<int, int, SKColor> paint)
    {
        var pixels = new SKColor[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = paint(x, y);
            }
        }

        using var bitmap = new SKBitmap(width, height, isOpaque: true) { Pixels = pixels };
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Gradient(int width, int height, SKEncodedImageFormat format) =>
        Painted(width, height, format, (x, y) => new SKColor((byte)(255 * x / width), (byte)(255 * y / height), 128));

    /// <summary>Random pixels compress badly, so the file is long enough to cut in the middle of its pixel data.</summary>
    public static byte[] Noise(int width, int height, SKEncodedImageFormat format)
    {
        var random = new Random(7);
        return Painted(width, height, format, (_, _) => new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
    }

    /// <summary>A valid PNG whose header declares <paramref name="width"/> × <paramref name="height"/> 8-bit RGB, with one row of data.</summary>
    public static byte[] PngDeclaring(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        WriteChunk(png, "IHDR", header);
        using (var row = new MemoryStream())
        {
            using (var zlib = new ZLibStream(row, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(new byte[1 + (width * 3)]);
            }

            WriteChunk(png, "IDAT", row.ToArray());
        }

        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    public static SKBitmap Decode(byte[] bytes) => SKBitmap.Decode(bytes) ?? throw new InvalidDataException("Not decodable.");

    public static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(length);
        png.Write(typed);
        png.Write(crc);
    }

    /// <summary>The CRC-32 PNG chunks end with (ISO 3309, reflected polynomial 0xEDB88320).</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
