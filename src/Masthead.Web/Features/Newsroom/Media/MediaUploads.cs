using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Media;

namespace Masthead.Web.Features.Newsroom.Media;

/// <summary>What the upload pages share: request limits, fresh storage keys, the library record.</summary>
public static class MediaUploads
{
    /// <summary>Above the intake's own limits (which give the clear message), below anything that could hurt the server.</summary>
    public const long ImageRequestLimit = 64L * 1024 * 1024;

    public const long VideoRequestLimit = 1024L * 1024 * 1024;

    /// <summary>A fresh, unguessable folder name: uploads never overwrite each other.</summary>
    public static string NewKey() => Guid.NewGuid().ToString("N");

    public static MediaImage Record(string key, ImageIntakeResult.Accepted accepted, string alt, string? caption, string? credit, DateTimeOffset now) => new()
    {
        StorageKey = key,
        OriginalExtension = accepted.Extension,
        Width = accepted.Width,
        Height = accepted.Height,
        VariantWidths = string.Join(',', accepted.VariantWidths),
        AltText = alt.Trim(),
        Caption = caption?.Trim() ?? "",
        Credit = credit?.Trim() ?? "",
        CreatedAt = now,
    };
}
