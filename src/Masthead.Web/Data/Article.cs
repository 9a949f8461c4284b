using Masthead.Core.Paywall;

namespace Masthead.Web.Data;

public enum ArticleStatus
{
    Draft,
    InReview,
    Scheduled,
    Published,
}

public sealed class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Headline { get; set; }
    public required string Standfirst { get; set; }
    public required string Dateline { get; set; }
    public required string BodyMarkdown { get; set; }
    public int SectionId { get; set; }
    public Section Section { get; set; } = null!;
    public AccessLevel AccessLevel { get; set; }
    public bool Metered { get; set; }
    public int PreviewParagraphs { get; set; } = 2;
    public ArticleStatus Status { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>When a scheduled story goes out; the background publisher makes it the published time.</summary>
    public DateTimeOffset? ScheduledFor { get; set; }

    /// <summary>The story's pinned place among the home page's lead stories (1 is the top); null when not pinned.</summary>
    public int? HomeSlot { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Bumped on every save; rendered bodies are cached per version.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The staff account that created the story; null for imported and demo stories.</summary>
    public string? CreatedByUserId { get; set; }

    public int? LeadImageId { get; set; }
    public MediaImage? LeadImage { get; set; }
    public List<Author> Authors { get; set; } = [];
    public List<Tag> Tags { get; set; } = [];
    public List<ArticleCorrection> Corrections { get; set; } = [];

    /// <summary>The paywall's view of this story, once its body is rendered into <paramref name="blockCount"/> blocks.</summary>
    public ArticleAccess AccessFor(int blockCount) => new(Id, AccessLevel, Metered, PreviewParagraphs, blockCount);
}
