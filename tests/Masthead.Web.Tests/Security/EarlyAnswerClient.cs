using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Masthead.Web.Tests.Security;

/// <summary>What came back, and how much of the body the server took before it did.</summary>
public sealed record EarlyAnswer(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, string Body, long Sent);

/// <summary>
/// One HTTP/1.1 POST over a plain socket that listens for the answer while it is still sending, as
/// browsers do. A server that refuses a body part-way answers and closes the connection; .NET's
/// HttpClient finishes sending first and reports only the broken connection, never the answer.
/// The body is <c>head</c>, then spaces up to <c>length</c> bytes, made as it is sent.
/// </summary>
public static class EarlyAnswerClient
{
    private const int ChunkBytes = 16 * 1024;

    public static async Task<EarlyAnswer> PostAsync(
        Uri root, string path, byte[] head, long length, bool chunked, string contentType, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(root.Host, root.Port, cancel);
        var stream = tcp.GetStream();
        var request = new StringBuilder($"POST {path} HTTP/1.1\r\nHost: {root.Authority}\r\nConnection: close\r\nContent-Type: {contentType}\r\n");
        request.Append(chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {length}\r\n");
        foreach (var (name, value) in headers ?? [])
        {
            request.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.Append("\r\n").ToString()), cancel);
        var answer = ReadToEndAsync(stream, cancel);
        long sent = 0;
        try
        {
            var chunk = new byte[ChunkBytes];
            while (sent < length && !answer.IsCompleted)
            {
                var size = (int)Math.Min(ChunkBytes, length - sent);
                for (var i = 0; i < size; i++)
                {
                    chunk[i] = sent + i < head.Length ? head[sent + i] : (byte)' ';
                }

                await stream.WriteAsync(Frame(chunk.AsMemory(0, size), chunked), cancel);
                sent += size;
            }

            if (chunked && sent == length)
            {
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), cancel);
            }
        }
        catch (IOException)
        {
            // The server stopped reading and closed the connection: its answer is what matters.
        }

        return Parse(await answer, sent);
    }

    private static ReadOnlyMemory<byte> Frame(ReadOnlyMemory<byte> data, bool chunked) =>
        chunked ? (byte[])[.. Encoding.ASCII.GetBytes($"{data.Length:x}\r\n"), .. data.Span, .. "\r\n"u8] : data;

    /// <summary>Everything the server sends until it closes (the request asked it to); a reset ends it too.</summary>
    private static async Task<byte[]> ReadToEndAsync(NetworkStream stream, CancellationToken cancel)
    {
        using var received = new MemoryStream();
        var buffer = new byte[ChunkBytes];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancel)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
        }

        return received.ToArray();
    }

    private static EarlyAnswer Parse(byte[] raw, long sent)
    {
        var end = raw.AsSpan().IndexOf("\r\n\r\n"u8);
        Assert.True(end > 0, $"No answer came back (the server took {sent} bytes).");
        var lines = Encoding.ASCII.GetString(raw, 0, end).Split("\r\n");
        var status = (HttpStatusCode)int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => p[1].Trim())), StringComparer.OrdinalIgnoreCase);
        var body = raw.AsMemory(end + 4);
        var chunked = headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding == "chunked";
        return new EarlyAnswer(status, headers, Encoding.UTF8.GetString(chunked ? Unchunk(body.Span) : body.Span), sent);
    }

    private static byte[] Unchunk(ReadOnlySpan<byte> body)
    {
        using var result = new MemoryStream();
        while (true)
        {
            var lineEnd = body.IndexOf("\r\n"u8);
            var size = int.Parse(Encoding.ASCII.GetString(body[..lineEnd]), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return result.ToArray();
            }

            result.Write(body.Slice(lineEnd + 2, size));
            body = body[(lineEnd + 2 + size + 2)..];
        }
    }
}
