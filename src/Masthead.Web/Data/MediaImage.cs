namespace Masthead.Web.Data;

/// <summary>An uploaded picture; its files live in media storage under <see cref="StorageKey"/>.</summary>
public sealed class MediaImage
{
    public int Id { get; set; }
    public required string StorageKey { get; set; }
    public required string OriginalExtension { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public required string AltText { get; set; }
    public string Caption { get; set; } = "";
    public string Credit { get; set; } = "";

    /// <summary>Widths for which variants exist, ascending, e.g. "480,800,1200,1600".</summary>
    public required string VariantWidths { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
