using Masthead.Core.Paywall;

namespace Masthead.Web.Data;

/// <summary>What a save did to a story, as the newsroom's revision history names it.</summary>
public enum RevisionAction
{
    /// <summary>The story as it stood before its first save in the newsroom (imported or demo stories).</summary>
    Original,
    Saved,
    Autosaved,
    Submitted,
    Published,
    Scheduled,
    Unpublished,
    Restored,
}

/// <summary>A story as it stood after one save. Every save keeps one; restoring copies one back as a new save.</summary>
public sealed class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;

    /// <summary>The story's version after this save.</summary>
    public int Number { get; set; }

    public RevisionAction Action { get; set; }

    /// <summary>For a restore, the revision number it brought back.</summary>
    public int? RestoredFrom { get; set; }

    public DateTimeOffset SavedAt { get; set; }
    public string? SavedByUserId { get; set; }
    public required string SavedByName { get; set; }

    public required string Headline { get; set; }
    public required string Standfirst { get; set; }
    public required string Slug { get; set; }
    public required string Dateline { get; set; }
    public int SectionId { get; set; }
    public required string Authors { get; set; }
    public required string Tags { get; set; }
    public required string BodyMarkdown { get; set; }
    public AccessLevel AccessLevel { get; set; }
    public bool Metered { get; set; }
    public int PreviewParagraphs { get; set; }
    public int? LeadImageId { get; set; }
}
