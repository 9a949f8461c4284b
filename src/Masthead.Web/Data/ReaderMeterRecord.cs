namespace Masthead.Web.Data;

/// <summary>A signed-in reader's meter, kept on the server.</summary>
public sealed class ReaderMeterRecord
{
    public required string UserId { get; set; }
    public DateTimeOffset PeriodStart { get; set; }

    /// <summary>Comma-separated article ids read on the meter this period.</summary>
    public string ArticleIds { get; set; } = "";

    /// <summary>Raised by every write; a write names the version it read, so concurrent reads cannot both count.</summary>
    public int Version { get; set; }
}
