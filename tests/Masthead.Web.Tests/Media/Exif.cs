using System.Buffers.Binary;

namespace Masthead.Web.Tests.Media;

/// <summary>A hand-made EXIF APP1 segment: an orientation and a GPS latitude, as a phone writes them.</summary>
internal static class Exif
{
    /// <summary>51° 28′ 39.17″ as GPSLatitude stores it: three big-endian rationals.</summary>
    public static readonly byte[] Latitude = [0, 0, 0, 51, 0, 0, 0, 1, 0, 0, 0, 28, 0, 0, 0, 1, 0, 0, 0x0F, 0x4D, 0, 0, 0, 100];

    /// <summary>The JPEG with an APP1 segment carrying EXIF right after its start-of-image marker.</summary>
    public static byte[] Insert(byte[] jpeg, ushort orientation) => [.. jpeg[..2], .. App1(orientation), .. jpeg[2..]];

    private static byte[] App1(ushort orientation)
    {
        // A big-endian TIFF: header, IFD0 at 8 (Orientation, GPSInfo → 38), GPS IFD at 38 (LatitudeRef, Latitude → 68).
        var tiff = new byte[92];
        var t = tiff.AsSpan();
        "MM"u8.CopyTo(t);
        BinaryPrimitives.WriteUInt16BigEndian(t[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(t[4..], 8);
        BinaryPrimitives.WriteUInt16BigEndian(t[8..], 2);
        Entry(t[10..], 0x0112, 3, 1);
        BinaryPrimitives.WriteUInt16BigEndian(t[18..], orientation);
        Entry(t[22..], 0x8825, 4, 1);
        BinaryPrimitives.WriteUInt32BigEndian(t[30..], 38);
        BinaryPrimitives.WriteUInt16BigEndian(t[38..], 2);
        Entry(t[40..], 0x0001, 2, 2);
        "N\0"u8.CopyTo(t[48..]);
        Entry(t[52..], 0x0002, 5, 3);
        BinaryPrimitives.WriteUInt32BigEndian(t[60..], 68);
        Latitude.CopyTo(t[68..]);

        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(2 + 6 + tiff.Length));
        return [0xFF, 0xE1, .. length, .. "Exif\0\0"u8, .. tiff];
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count)
    {
        BinaryPrimitives.WriteUInt16BigEndian(at, tag);
        BinaryPrimitives.WriteUInt16BigEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32BigEndian(at[4..], count);
    }
}
