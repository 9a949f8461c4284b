using System.Globalization;
using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Features.Newsroom;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using static Masthead.Web.Tests.Newsroom.NewsroomForms;

namespace Masthead.Web.Tests.Newsroom;

/// <summary>The site on a clock the test moves, on a data folder the test owns (so the site can be started again on it).</summary>
public sealed class ClockedApp(DatabaseProvider provider, string? connectionString, FakeTimeProvider clock, string dataPath) : MastheadApp(dataPath)
{
    public FakeTimeProvider Clock => clock;

    public override DatabaseProvider Provider => provider;

    protected override string? ConnectionString => connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
    }
}

/// <summary>Scheduled stories go out at their time, with that time as their published time, even across a restart.</summary>
public abstract class SchedulingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2031, 3, 4, 8, 0, 0, TimeSpan.Zero);

    private readonly List<ClockedApp> apps = [];

    protected abstract DatabaseProvider Provider { get; }

    /// <summary>Null when the provider's server is not available here.</summary>
    protected abstract string? ConnectionString { get; }

    protected abstract string? UnavailableReason { get; }

    private ClockedApp NewApp(DateTimeOffset now, string? dataPath = null)
    {
        // The test owns the data folder, so that a second app can start on the first one's data.
        var app = new ClockedApp(Provider, ConnectionString, new FakeTimeProvider(now), dataPath ?? Directory.CreateTempSubdirectory("masthead-test-").FullName);
        apps.Add(app);
        _ = app.Services;
        return app;
    }

    private static string At(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static Task<Article> StoryAsync(MastheadApp app, int id) =>
        app.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));

    private static Task<Article> PublishedAsync(MastheadApp app, int id) =>
        Eventually.ReturnsAsync(() => StoryAsync(app, id), a => a.Status == ArticleStatus.Published, "the scheduled story to be published");

    [Fact]
    public async Task A_scheduled_story_goes_out_at_its_time_with_that_time_as_its_published_time()
    {
        var app = NewApp(Start);
        using var editor = await StaffAsync(app, StaffRoles.Editor);
        var headline = Unique("Scheduled");
        var slug = Masthead.Core.Publishing.Slug.From(headline);
        var due = Start.AddHours(2);

        var path = await CreateAsync(editor, "Schedule", new(Story(headline)) { ["Input.ScheduleFor"] = At(due) });
        var id = IdOf(path);
        var waiting = await StoryAsync(app, id);
        var early = await app.NewReader().GetAsync($"/articles/{slug}");
        app.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(3));
        var published = await PublishedAsync(app, id);
        var article = await app.NewReader().GetAsync($"/articles/{slug}");
        var revision = await app.WithDbAsync(db => db.Revisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Number).LastAsync());

        Assert.Equal(ArticleStatus.Scheduled, waiting.Status);
        Assert.Equal(due, waiting.ScheduledFor);
        Assert.Null(waiting.PublishedAt);
        Assert.Equal(HttpStatusCode.NotFound, early.Status);
        Assert.Equal(due, published.PublishedAt);
        Assert.Null(published.ScheduledFor);
        Assert.Equal(HttpStatusCode.OK, article.Status);
        Assert.Equal("2031-03-04T10:00:00Z", article.Document.QuerySelector(".dateline time")!.GetAttribute("datetime"));
        Assert.Equal(RevisionAction.Published, revision.Action);
        Assert.Equal(ScheduledPublisher.SchedulerName, revision.SavedByName);
    }

    [Fact]
    public async Task A_story_due_while_the_site_was_down_goes_out_when_it_is_back()
    {
        var first = NewApp(Start);
        using var editor = await StaffAsync(first, StaffRoles.Editor);
        var due = Start.AddHours(1);
        var id = IdOf(await CreateAsync(editor, "Schedule", new(Story(Unique("Across a restart"))) { ["Input.ScheduleFor"] = At(due) }));
        await first.DisposeAsync();
        apps.Remove(first);

        var second = NewApp(Start.AddHours(5), first.DataPath);
        var published = await PublishedAsync(second, id);

        Assert.Equal(due, published.PublishedAt);
    }

    [Fact]
    public async Task Only_editors_schedule_and_only_for_a_time_to_come()
    {
        var app = NewApp(Start);
        using var author = await StaffAsync(app, StaffRoles.Author);
        using var editor = await StaffAsync(app, StaffRoles.Editor);

        var byAuthor = await PostAsync(author, "/newsroom/stories", "Schedule", new(Story(Unique("Author schedules"))) { ["Input.ScheduleFor"] = At(Start.AddHours(1)) });
        var past = await PostAsync(editor, "/newsroom/stories", "Schedule", new(Story(Unique("In the past"))) { ["Input.ScheduleFor"] = At(Start.AddMinutes(-5)) });
        var missing = await PostAsync(editor, "/newsroom/stories", "Schedule", Story(Unique("No time")));
        var path = await CreateAsync(editor, "Schedule", new(Story(Unique("Cancelled"))) { ["Input.ScheduleFor"] = At(Start.AddHours(1)) });
        var cancelled = await PostAsync(editor, path, "Unpublish", Story(Unique("Cancelled")));
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync(CancellationToken.None);

        Assert.Contains("/status/403", byAuthor.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Choose a time in the future, or publish now.", past.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Give the date and time to publish at.", missing.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        Assert.Equal(ArticleStatus.Draft, (await StoryAsync(app, IdOf(path))).Status);
    }

    public ValueTask InitializeAsync()
    {
        if (UnavailableReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in apps)
        {
            await DropAsync(app);
            await app.DisposeAsync();
            if (Directory.Exists(app.DataPath))
            {
                Directory.Delete(app.DataPath, recursive: true);
            }
        }

        GC.SuppressFinalize(this);
    }

    protected virtual Task DropAsync(MastheadApp app) => Task.CompletedTask;
}

public sealed class SchedulingOnSqlite : SchedulingTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;

    protected override string? UnavailableReason => null;
}

public sealed class SchedulingOnPostgres : SchedulingTests
{
    private readonly PostgresDatabase database = new();

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string? ConnectionString => database.ConnectionString;

    protected override string? UnavailableReason => database.UnavailableReason;

    protected override Task DropAsync(MastheadApp app) => database.DropAsync(app);
}
