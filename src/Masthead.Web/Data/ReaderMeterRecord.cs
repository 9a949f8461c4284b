namespace Masthead.Web.Data;

/// <summary>A signed-in reader's meter, kept on the server.</summary>
public sealed class ReaderMeterRecord
{
    public required string UserId { get; set; }
    public DateTimeOffset PeriodStart { get; set; }

    /// <summary>Comma-separated article ids read on the meter this period.</summary>
    public string ArticleIds { get; set; } = "";
}
