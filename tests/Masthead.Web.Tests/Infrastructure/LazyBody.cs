using System.Net;
using System.Net.Http.Headers;

namespace Masthead.Web.Tests.Infrastructure;

/// <summary>
/// A request body made while it is sent, never held whole: <c>head</c>, then spaces up to
/// <c>length</c> bytes. Counts how much the server took, so a test can tell that it stopped reading.
/// Without a declared length it goes out chunked, as a client that does not say its size sends it.
/// </summary>
public sealed class LazyBody : HttpContent
{
    private const int ChunkBytes = 16 * 1024;

    private readonly byte[] head;
    private readonly long length;
    private readonly bool declareLength;
    private long sent;

    public LazyBody(byte[] head, long length, bool declareLength, string contentType)
    {
        this.head = head;
        this.length = length;
        this.declareLength = declareLength;
        Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
    }

    /// <summary>Bytes the server has taken so far.</summary>
    public long Sent => Interlocked.Read(ref sent);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var chunk = new byte[ChunkBytes];
        for (long offset = 0; offset < length; offset += ChunkBytes)
        {
            var size = (int)Math.Min(ChunkBytes, length - offset);
            for (var i = 0; i < size; i++)
            {
                chunk[i] = offset + i < head.Length ? head[offset + i] : (byte)' ';
            }

            await stream.WriteAsync(chunk.AsMemory(0, size), cancellationToken);
            Interlocked.Add(ref sent, size);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = this.length;
        return declareLength;
    }
}
