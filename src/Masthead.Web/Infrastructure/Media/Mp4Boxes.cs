using System.Buffers.Binary;

namespace Masthead.Web.Infrastructure.Media;

/// <summary>
/// Walks an MP4's top-level boxes as its bytes stream past, holding none of them. Each box begins with a
/// 32-bit big-endian size and a four-letter type; size 1 means a 64-bit size follows the type, size 0 that
/// the box runs to the end of the file. A file whose sizes do not add up, or that ends without a "moov" box
/// (the index a player needs) and an "mdat" box (the media), in either order, is refused.
/// </summary>
internal sealed class Mp4Boxes : IUploadCheck
{
    private const int ShortHeader = 8;
    private const int LongHeader = 16;

    private readonly byte[] header = new byte[LongHeader];
    private int headerRead;
    private long payloadLeft;
    private bool lastBoxRunsToEnd;
    private bool sawMoov;
    private bool sawMdat;

    public void Read(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty && !lastBoxRunsToEnd)
        {
            if (payloadLeft > 0)
            {
                var skipped = (int)Math.Min(payloadLeft, bytes.Length);
                payloadLeft -= skipped;
                bytes = bytes[skipped..];
                continue;
            }

            var taken = Math.Min(HeaderLength - headerRead, bytes.Length);
            bytes[..taken].CopyTo(header.AsSpan(headerRead));
            headerRead += taken;
            bytes = bytes[taken..];
            if (headerRead == HeaderLength)
            {
                Open();
            }
        }
    }

    public void End()
    {
        if (!lastBoxRunsToEnd && (headerRead > 0 || payloadLeft > 0))
        {
            throw new UploadRefusedException(VideoIntake.Damaged);
        }

        if (!sawMoov || !sawMdat)
        {
            throw new UploadRefusedException(VideoIntake.Incomplete);
        }
    }

    private uint Size32 => BinaryPrimitives.ReadUInt32BigEndian(header);

    /// <summary>Eight bytes until the 32-bit size is known; sixteen when it says a 64-bit size follows.</summary>
    private int HeaderLength => headerRead >= ShortHeader && Size32 == 1 ? LongHeader : ShortHeader;

    private void Open()
    {
        var headerLength = HeaderLength;
        var size = Size32 == 1 ? BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(ShortHeader)) : Size32;
        var type = header.AsSpan(4, 4);
        sawMoov |= type.SequenceEqual("moov"u8);
        sawMdat |= type.SequenceEqual("mdat"u8);
        headerRead = 0;
        if (Size32 == 0)
        {
            lastBoxRunsToEnd = true;
            return;
        }

        if (size < (ulong)headerLength || size > long.MaxValue)
        {
            throw new UploadRefusedException(VideoIntake.Damaged);
        }

        payloadLeft = (long)size - headerLength;
    }
}
