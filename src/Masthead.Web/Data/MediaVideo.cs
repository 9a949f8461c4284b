namespace Masthead.Web.Data;

/// <summary>An uploaded MP4 with the poster picture shown until a reader plays it.</summary>
public sealed class MediaVideo
{
    public int Id { get; set; }
    public required string StorageKey { get; set; }

    /// <summary>What the video shows, for readers who cannot see it; also its accessible name.</summary>
    public required string Title { get; set; }

    public string Caption { get; set; } = "";
    public string Credit { get; set; } = "";
    public int PosterImageId { get; set; }
    public MediaImage PosterImage { get; set; } = null!;
    public long SizeBytes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
