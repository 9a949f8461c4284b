namespace Masthead.Web.Infrastructure.RequestBodies;

/// <summary>
/// A request body that ends at <c>limit</c> bytes, whatever the client declared or sends: it never asks
/// the server for more than one byte past the limit, and throws a 413 <see cref="BadHttpRequestException"/>
/// there, as Kestrel does. Servers that do not enforce a body size themselves (the test host) get the
/// same behaviour.
/// </summary>
internal sealed class LimitedRequestBody(Stream inner, long limit) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer[..Wanted(buffer.Length)], cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer[..Wanted(buffer.Length)]));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public static BadHttpRequestException TooLarge(long limit) =>
        new($"The request body is larger than the {limit} bytes this endpoint accepts.", StatusCodes.Status413PayloadTooLarge);

    private int Wanted(int length) => (int)Math.Min(length, limit + 1 - read);

    private int Count(int count)
    {
        read += count;
        return read > limit ? throw TooLarge(limit) : count;
    }
}
