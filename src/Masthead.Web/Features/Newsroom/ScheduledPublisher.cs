using Masthead.Web.Data;
using Masthead.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom;

/// <summary>Wakes the scheduled publisher when a story is scheduled.</summary>
public sealed class PublishingSignal : WakeSignal;

/// <summary>
/// Publishes scheduled stories when their time comes. All it needs is in the database, so a story
/// whose time passed while the site was down goes out as soon as it is back; its published time is
/// the scheduled time, not the moment it was noticed.
/// </summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, PublishingSignal signal, TimeProvider clock, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    /// <summary>How often the schedule is read even without a signal; the site's clock may be moved in test mode.</summary>
    public static readonly TimeSpan Round = TimeSpan.FromSeconds(2);

    public const string SchedulerName = "Scheduled publishing";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduled publishing round failed; it will run again");
            }

            await signal.WaitAsync(Round, stoppingToken);
        }
    }

    /// <returns>How many stories went out.</returns>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MastheadDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.Articles.Include(a => a.Authors).Include(a => a.Tags)
            .Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledFor != null && a.ScheduledFor <= now)
            .OrderBy(a => a.ScheduledFor)
            .Take(50)
            .ToListAsync(cancellationToken);
        var published = 0;
        foreach (var story in due)
        {
            story.Status = ArticleStatus.Published;
            story.PublishedAt = story.ScheduledFor;
            story.ScheduledFor = null;
            story.UpdatedAt = now;
            story.Version++;
            db.Revisions.Add(StoryRevisions.Snapshot(story, RevisionAction.Published, null, SchedulerName, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                published++;
                logger.LogInformation("Published scheduled story {StoryId} ({Slug})", story.Id, story.Slug);
            }
            catch (DbUpdateException e)
            {
                // Someone saved the story (or another node published it) a moment ago; the next round sees the fresh row.
                logger.LogWarning(e, "Scheduled story {StoryId} changed while publishing; trying again next round", story.Id);
                return published;
            }
        }

        return published;
    }
}
