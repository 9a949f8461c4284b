namespace Masthead.Web.Data;

/// <summary>A dated correction note an editor appended to a published story; shown at its foot and in its JSON-LD.</summary>
public sealed class ArticleCorrection
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public string? AddedByUserId { get; set; }
}
