using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Masthead.Core.Publishing;

/// <summary>Video sites whose links a story body may embed.</summary>
public enum VideoProvider
{
    YouTube,
    Vimeo,
}

/// <summary>A YouTube or Vimeo video an editor pasted on its own line; only TryParse makes one, so its id is always strict.</summary>
public sealed class VideoLink
{
    private const int MaxVimeoIdLength = 12;
    private const int YouTubeIdLength = 11;

    private static readonly string[] YouTubeHosts = ["youtube.com", "www.youtube.com", "m.youtube.com"];
    private static readonly string[] NoCookieHosts = ["youtube-nocookie.com", "www.youtube-nocookie.com"];
    private static readonly string[] VimeoHosts = ["vimeo.com", "www.vimeo.com", "m.vimeo.com"];

    private VideoLink(VideoProvider provider, string id, int? startSeconds)
    {
        Provider = provider;
        Id = id;
        StartSeconds = startSeconds;
    }

    public VideoProvider Provider { get; }

    /// <summary>YouTube: 11 characters of [A-Za-z0-9_-]; Vimeo: 1 to 12 digits.</summary>
    public string Id { get; }

    /// <summary>Where a YouTube link asked playback to start (t= or start=); always null for Vimeo.</summary>
    public int? StartSeconds { get; }

    public string ProviderName => Provider switch
    {
        VideoProvider.YouTube => "YouTube",
        VideoProvider.Vimeo => "Vimeo",
        _ => throw new UnreachableException(),
    };

    /// <summary>The privacy-friendly player, meant to be loaded only after the reader clicks, so it autoplays.</summary>
    public string EmbedUrl => Provider switch
    {
        VideoProvider.YouTube => $"https://www.youtube-nocookie.com/embed/{Id}?autoplay=1" + (StartSeconds is { } s ? $"&start={s}" : ""),
        VideoProvider.Vimeo => $"https://player.vimeo.com/video/{Id}?dnt=1&autoplay=1",
        _ => throw new UnreachableException(),
    };

    /// <summary>The video's canonical page on its own site.</summary>
    public string WatchUrl => Provider switch
    {
        VideoProvider.YouTube => $"https://www.youtube.com/watch?v={Id}",
        VideoProvider.Vimeo => $"https://vimeo.com/{Id}",
        _ => throw new UnreachableException(),
    };

    /// <summary>Recognises a whole line (trimmed, optionally in Markdown's &lt;...&gt;) that is nothing but a video URL.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out VideoLink? link)
    {
        link = null;
        var url = text?.Trim() ?? "";
        if (url.Length > 2 && url[0] == '<' && url[^1] == '>')
        {
            url = url[1..^1];
        }

        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"' or '\'' or '`' or '\\'))
        {
            return false;
        }

        string rest;
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            rest = url["https://".Length..];
        }
        else if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            rest = url["http://".Length..];
        }
        else
        {
            return false;
        }

        // Host is everything up to the path; it must be a known host exactly, so userinfo, ports and lookalikes fail.
        var hostEnd = rest.IndexOfAny(['/', '?', '#']);
        var host = (hostEnd < 0 ? rest : rest[..hostEnd]).ToLowerInvariant();
        var afterHost = hostEnd < 0 ? "" : rest[hostEnd..];
        var queryAt = afterHost.IndexOfAny(['?', '#']);
        var path = queryAt < 0 ? afterHost : afterHost[..queryAt];
        var query = queryAt >= 0 && afterHost[queryAt] == '?' ? afterHost[(queryAt + 1)..].Split('#')[0] : "";
        var segments = path.TrimStart('/').Split('/');
        if (segments.Length > 1 && segments[^1].Length == 0)
        {
            segments = segments[..^1];
        }

        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => (Key: kv[0], Value: kv.Length > 1 ? kv[1] : ""))
            .ToList();

        var youTubeId = YouTubeHosts.Contains(host) ? segments switch
        {
            ["watch"] when parameters.Count(p => p.Key == "v") == 1 => parameters.First(p => p.Key == "v").Value,
            ["embed" or "shorts" or "live", var id] => id,
            _ => null,
        }
        : NoCookieHosts.Contains(host) ? segments switch
        {
            ["embed", var id] => id,
            _ => null,
        }
        : host == "youtu.be" && segments is [var shortId] ? shortId : null;

        if (youTubeId is not null)
        {
            if (youTubeId.Length != YouTubeIdLength || !youTubeId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }

            link = new VideoLink(VideoProvider.YouTube, youTubeId, StartTime(parameters));
            return true;
        }

        var vimeoId = VimeoHosts.Contains(host) ? segments switch
        {
            [var id] => id,
            ["channels", var channel, var id] when channel.Length > 0 && channel.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') => id,
            _ => null,
        }
        : host == "player.vimeo.com" && segments is ["video", var playerId] ? playerId : null;

        if (vimeoId is null || vimeoId.Length is 0 or > MaxVimeoIdLength || !vimeoId.All(char.IsAsciiDigit))
        {
            return false;
        }

        link = new VideoLink(VideoProvider.Vimeo, vimeoId, null);
        return true;
    }

    // t=90, t=90s, t=1m30s, t=1h2m3s or start=90; anything unreadable or zero means "from the beginning".
    private static int? StartTime(List<(string Key, string Value)> parameters)
    {
        foreach (var (key, value) in parameters)
        {
            if (key is "t" or "start" && Seconds(value, allowUnits: key == "t") is long seconds && seconds > 0)
            {
                return (int)seconds;
            }
        }

        return null;
    }

    private static long? Seconds(string value, bool allowUnits)
    {
        if (value.Length is 0 or > 12)
        {
            return null;
        }

        if (value.All(char.IsAsciiDigit))
        {
            var plain = long.Parse(value, CultureInfo.InvariantCulture);
            return plain <= int.MaxValue ? plain : null;
        }

        if (!allowUnits)
        {
            return null;
        }

        long total = 0, number = 0;
        var digits = 0;
        var lastUnit = 4;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                number = (number * 10) + (c - '0');
                digits++;
                continue;
            }

            var unit = c switch { 'h' => 3, 'm' => 2, 's' => 1, _ => 0 };
            if (unit == 0 || unit >= lastUnit || digits == 0)
            {
                return null;
            }

            total += number * unit switch { 3 => 3600, 2 => 60, _ => 1 };
            lastUnit = unit;
            number = 0;
            digits = 0;
        }

        return digits == 0 && total <= int.MaxValue ? total : null;
    }
}
