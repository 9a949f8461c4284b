namespace Masthead.Web.Infrastructure.Media;

/// <summary>
/// An upload read once, front to back: the bytes already read to recognise it, then the rest. Reading past
/// <c>limit</c> bytes throws <see cref="UploadTooLargeException"/>; every byte, and then the end, pass
/// <c>check</c>, which throws <see cref="UploadRefusedException"/> to refuse the file. Either makes storage
/// abandon it.
/// </summary>
internal sealed class BoundedUploadStream(ReadOnlyMemory<byte> head, Stream rest, long limit, IUploadCheck check) : Stream
{
    private ReadOnlyMemory<byte> head = head;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var wanted = buffer[..Wanted(buffer.Length)];
        return Count(head.IsEmpty ? await rest.ReadAsync(wanted, cancellationToken) : TakeFromHead(wanted.Span), wanted.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var wanted = buffer[..Wanted(buffer.Length)];
        return Count(head.IsEmpty ? rest.Read(wanted) : TakeFromHead(wanted), wanted);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Never asks for more than one byte past the limit, so an endless upload stops there.</summary>
    private int Wanted(int length) => (int)Math.Min(length, limit + 1 - BytesRead);

    private int TakeFromHead(Span<byte> buffer)
    {
        var taken = Math.Min(head.Length, buffer.Length);
        head.Span[..taken].CopyTo(buffer);
        head = head[taken..];
        return taken;
    }

    private int Count(int read, ReadOnlySpan<byte> buffer)
    {
        BytesRead += read;
        if (BytesRead > limit)
        {
            throw new UploadTooLargeException();
        }

        if (read > 0)
        {
            check.Read(buffer[..read]);
        }
        else if (!buffer.IsEmpty)
        {
            check.End();
        }

        return read;
    }
}

/// <summary>Looks at an upload's bytes as they stream past, and at its end; throws <see cref="UploadRefusedException"/> to refuse it.</summary>
internal interface IUploadCheck
{
    void Read(ReadOnlySpan<byte> bytes);

    void End();
}

/// <summary>The upload went past its size limit; caught by the intake and turned into a rejection.</summary>
internal sealed class UploadTooLargeException : IOException;

/// <summary>The upload is not what it claims to be; caught by the intake and turned into a rejection with this message.</summary>
internal sealed class UploadRefusedException(string message) : IOException(message);
