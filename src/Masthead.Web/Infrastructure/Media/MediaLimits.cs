using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Masthead.Web.Infrastructure.Media;

/// <summary>The "Media" configuration section: how large an upload may be.</summary>
public sealed record MediaLimits
{
    public const string Section = "Media";

    /// <summary>Largest picture file accepted, in bytes (it is held in memory while it is read).</summary>
    [Range(1d, 1_073_741_824d)]
    public long MaxBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>Most pixels a picture may have; larger ones are refused before they are decoded.</summary>
    [Range(1d, 1_000_000_000d)]
    public long MaxPixels { get; init; } = 40_000_000;

    /// <summary>Longest side of a picture in pixels; at most 16383, the largest WebP can hold.</summary>
    [Range(1, 16_383)]
    public int MaxSide { get; init; } = 12_000;

    /// <summary>Largest video file accepted, in bytes; videos are streamed to storage, never held in memory.</summary>
    [Range(1d, 1e12)]
    public long MaxVideoBytes { get; init; } = 500L * 1024 * 1024;

    /// <summary>A size as a person reads it: "25 MB", "512 KB", "100 bytes".</summary>
    internal static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
