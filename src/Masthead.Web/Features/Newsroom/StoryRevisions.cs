using Masthead.Web.Data;

namespace Masthead.Web.Features.Newsroom;

/// <summary>Revisions: a snapshot of the story after each save, and copying one back.</summary>
public static class StoryRevisions
{
    /// <summary>Autosaves by the same person within this long of each other are kept as one revision.</summary>
    public static readonly TimeSpan AutosaveCoalescing = TimeSpan.FromMinutes(10);

    /// <summary>Who saved an original revision, as the list shows it.</summary>
    public const string OriginalAuthor = "Before the newsroom";

    public static ArticleRevision Snapshot(Article story, RevisionAction action, string? userId, string userName, DateTimeOffset now, int? restoredFrom = null) => new()
    {
        Article = story,
        Number = story.Version,
        Action = action,
        RestoredFrom = restoredFrom,
        SavedAt = now,
        SavedByUserId = userId,
        SavedByName = userName,
        Headline = story.Headline,
        Standfirst = story.Standfirst,
        Slug = story.Slug,
        Dateline = story.Dateline,
        SectionId = story.SectionId,
        Authors = string.Join(", ", story.Authors.Select(a => a.Name)),
        Tags = string.Join(", ", story.Tags.Select(t => t.Name)),
        BodyMarkdown = story.BodyMarkdown,
        AccessLevel = story.AccessLevel,
        Metered = story.Metered,
        PreviewParagraphs = story.PreviewParagraphs,
        LeadImageId = story.LeadImageId,
    };

    /// <summary>The form as the revision left it, ready to be saved as a new version.</summary>
    public static StoryInput ToInput(ArticleRevision revision, int currentVersion) => new()
    {
        Headline = revision.Headline,
        Standfirst = revision.Standfirst,
        Slug = revision.Slug,
        SectionId = revision.SectionId,
        Dateline = revision.Dateline,
        Authors = revision.Authors,
        Tags = revision.Tags,
        Body = revision.BodyMarkdown,
        AccessLevel = revision.AccessLevel,
        Metered = revision.Metered,
        PreviewParagraphs = revision.PreviewParagraphs,
        LeadImageId = revision.LeadImageId,
        Version = currentVersion,
    };

    public static string Describe(ArticleRevision revision) => revision.Action switch
    {
        RevisionAction.Original => "Original, before its first edit here",
        RevisionAction.Saved => "Saved",
        RevisionAction.Autosaved => "Autosaved",
        RevisionAction.Submitted => "Submitted for review",
        RevisionAction.Published => "Published",
        RevisionAction.Scheduled => "Scheduled",
        RevisionAction.Unpublished => "Unpublished",
        RevisionAction.Restored => $"Restored revision {revision.RestoredFrom}",
        _ => throw new ArgumentOutOfRangeException(nameof(revision), revision.Action, null),
    };
}
