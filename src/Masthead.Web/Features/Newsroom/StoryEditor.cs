using Masthead.Core.Publishing;
using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom;

/// <summary>
/// Saves a story from the form: every role rule, validation beyond the form's own, the optimistic
/// version check, the status change and the revision, in one database save.
/// </summary>
public sealed class StoryEditor(MastheadDbContext db, TimeProvider clock, PublishingSignal signal)
{
    public const string ConflictMessage =
        "Someone else saved this story after you opened it. Nothing was saved: your text is still in the form. Copy what you need, reload the story and apply your changes again.";

    public async Task<SaveOutcome> SaveAsync(Article? story, StoryInput input, StoryChange change, Staff staff, CancellationToken cancellationToken, int? restoredFrom = null)
    {
        var own = story is null || story.CreatedByUserId == staff.UserId;
        if (!Allowed(story, change, staff.Role, own))
        {
            return new SaveOutcome(story, true, []);
        }

        var now = clock.GetUtcNow();
        var problems = await CheckAsync(story, input, change, now, cancellationToken);
        if (problems.Count > 0)
        {
            return new SaveOutcome(story, false, problems);
        }

        if (story is not null && !await db.Revisions.AnyAsync(r => r.ArticleId == story.Id, cancellationToken))
        {
            // A story that came in some other way (import, demo) keeps its original as the first revision.
            db.Revisions.Add(StoryRevisions.Snapshot(story, RevisionAction.Original, story.CreatedByUserId, StoryRevisions.OriginalAuthor, story.UpdatedAt));
        }

        story ??= NewStory(staff, now);
        Apply(story, input, staff.Role, now);
        await SetBylineAndTagsAsync(story, input, cancellationToken);
        var action = ChangeStatus(story, change, input, now);
        await KeepRevisionAsync(story, action, staff, now, restoredFrom, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveOutcome(story, false, [new(string.Empty, ConflictMessage)]);
        }

        if (change == StoryChange.Schedule)
        {
            signal.Notify();
        }

        return new SaveOutcome(story, false, []);
    }

    /// <summary>
    /// Every rule is checked here, on the server: a forged post gets the same answer as a hidden button.
    /// Changing what readers already see is publishing too, whichever button was pressed.
    /// </summary>
    private static bool Allowed(Article? story, StoryChange change, StaffRole role, bool own)
    {
        var live = story?.Status == ArticleStatus.Published;
        var scheduled = story?.Status == ArticleStatus.Scheduled;
        return StoryPermissions.CanEdit(role, own)
            && (!(live || change is StoryChange.Publish) || StoryPermissions.CanPublish(role, own))
            && (!(scheduled || change is StoryChange.Schedule) || StoryPermissions.CanSchedule(role));
    }

    private async Task<List<KeyValuePair<string, string>>> CheckAsync(Article? story, StoryInput input, StoryChange change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new List<KeyValuePair<string, string>>();
        void Problem(string field, string message) => problems.Add(new($"Input.{field}", message));

        var slug = SlugOf(input);
        if (!Slug.IsValid(slug))
        {
            Problem(nameof(input.Slug), "Use lowercase letters, digits and single hyphens, e.g. port-strike-enters-second-week.");
        }
        else if (await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != (story == null ? 0 : story.Id), cancellationToken))
        {
            Problem(nameof(input.Slug), "Another story already uses this address. Choose a different slug.");
        }

        if (!await db.Sections.AnyAsync(s => s.Id == input.SectionId, cancellationToken))
        {
            Problem(nameof(input.SectionId), "Choose a section.");
        }

        if (input.LeadImageId is { } imageId && !await db.Images.AnyAsync(i => i.Id == imageId, cancellationToken))
        {
            Problem(nameof(input.LeadImageId), "That picture is no longer in the media library. Choose another.");
        }

        if (change == StoryChange.Schedule)
        {
            if (input.ScheduleFor is not { } at)
            {
                Problem(nameof(input.ScheduleFor), "Give the date and time to publish at.");
            }
            else if (AsUtc(at) <= now)
            {
                Problem(nameof(input.ScheduleFor), "Choose a time in the future, or publish now.");
            }
        }

        if (change == StoryChange.Autosave && story?.Status == ArticleStatus.Published)
        {
            problems.Add(new(string.Empty, "Autosave is off for published stories: changes reach readers only when you save them."));
        }

        if (story is not null && story.Version != input.Version)
        {
            problems.Add(new(string.Empty, ConflictMessage));
        }

        return problems;
    }

    private static string SlugOf(StoryInput input) =>
        string.IsNullOrWhiteSpace(input.Slug) ? Slug.From(input.Headline) : input.Slug.Trim();

    private static DateTimeOffset AsUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private Article NewStory(Staff staff, DateTimeOffset now)
    {
        // The house default, until an editor decides otherwise: subscribers-only, metered.
        var house = new StoryInput();
        var story = new Article
        {
            AccessLevel = house.AccessLevel,
            Metered = house.Metered,
            PreviewParagraphs = house.PreviewParagraphs,
            Slug = "",
            Headline = "",
            Standfirst = "",
            Dateline = "",
            BodyMarkdown = "",
            Status = ArticleStatus.Draft,
            CreatedByUserId = staff.UserId,
            UpdatedAt = now,
            Version = 0,
        };
        db.Articles.Add(story);
        return story;
    }

    private static void Apply(Article story, StoryInput input, StaffRole role, DateTimeOffset now)
    {
        story.Headline = input.Headline.Trim();
        story.Standfirst = input.Standfirst.Trim();
        story.Slug = SlugOf(input);
        story.SectionId = input.SectionId;
        story.Dateline = input.Dateline.Trim().ToUpperInvariant();
        story.BodyMarkdown = input.Body;
        story.LeadImageId = input.LeadImageId;
        if (StoryPermissions.CanSetAccess(role))
        {
            (story.AccessLevel, story.Metered, story.PreviewParagraphs) = (input.AccessLevel, input.Metered, input.PreviewParagraphs);
        }

        story.UpdatedAt = now;
        story.Version++;
    }

    private static RevisionAction ChangeStatus(Article story, StoryChange change, StoryInput input, DateTimeOffset now)
    {
        switch (change)
        {
            case StoryChange.Submit:
                (story.Status, story.ScheduledFor) = (ArticleStatus.InReview, null);
                return RevisionAction.Submitted;
            case StoryChange.Publish:
                (story.Status, story.ScheduledFor) = (ArticleStatus.Published, null);
                story.PublishedAt ??= now;
                return RevisionAction.Published;
            case StoryChange.Schedule:
                (story.Status, story.ScheduledFor) = (ArticleStatus.Scheduled, AsUtc(input.ScheduleFor!.Value));
                return RevisionAction.Scheduled;
            case StoryChange.Unpublish:
                (story.Status, story.ScheduledFor, story.HomeSlot) = (ArticleStatus.Draft, null, null);
                return RevisionAction.Unpublished;
            case StoryChange.Autosave:
                return RevisionAction.Autosaved;
            case StoryChange.Restore:
                return RevisionAction.Restored;
            case StoryChange.Save:
            default:
                return RevisionAction.Saved;
        }
    }

    private async Task KeepRevisionAsync(Article story, RevisionAction action, Staff staff, DateTimeOffset now, int? restoredFrom, CancellationToken cancellationToken)
    {
        if (action == RevisionAction.Autosaved && story.Id != 0)
        {
            var latest = await db.Revisions.Where(r => r.ArticleId == story.Id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
            if (latest is { Action: RevisionAction.Autosaved } && latest.SavedByUserId == staff.UserId && now - latest.SavedAt < StoryRevisions.AutosaveCoalescing)
            {
                db.Revisions.Remove(latest);
            }
        }

        db.Revisions.Add(StoryRevisions.Snapshot(story, action, staff.UserId, staff.Name, now, restoredFrom));
    }

    private async Task SetBylineAndTagsAsync(Article story, StoryInput input, CancellationToken cancellationToken)
    {
        story.Authors.Clear();
        foreach (var (name, slug) in Named(input.Authors))
        {
            story.Authors.Add(await db.Authors.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken) ?? new Author { Name = name, Slug = slug });
        }

        story.Tags.Clear();
        foreach (var (name, slug) in Named(input.Tags))
        {
            story.Tags.Add(await db.Tags.FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken) ?? new Tag { Name = name.ToLowerInvariant(), Slug = slug });
        }
    }

    /// <summary>Names that would share an address ("Anna Lee", "anna-lee") are one person or one tag.</summary>
    private static IEnumerable<(string Name, string Slug)> Named(string? list) =>
        StoryInput.Names(list).Select(n => (n, Slug.From(n))).Where(p => p.Item2.Length > 0).DistinctBy(p => p.Item2);
}
