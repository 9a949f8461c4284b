using System.Text;

namespace Masthead.Web.Features.Accounts;

/// <summary>Only local paths are followed after sign-in, so links cannot bounce readers to other sites.</summary>
public static class ReturnUrls
{
    /// <summary>The path itself if it is local, percent-encoded where it is not plain ASCII (a Location header allows nothing else); else "/".</summary>
    public static string Safe(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.Contains('\\', StringComparison.Ordinal) && !returnUrl.Any(char.IsControl)
            ? Encode(returnUrl)
            : "/";

    private static string Encode(string path)
    {
        if (path.All(c => c is > ' ' and < '\u007f'))
        {
            return path;
        }

        var encoded = new StringBuilder(path.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7f)
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
