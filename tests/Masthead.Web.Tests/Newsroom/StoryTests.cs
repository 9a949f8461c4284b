using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Newsroom;

/// <summary>Writing and publishing in the newsroom, with every role rule enforced on the server.</summary>
public abstract class StoryTests(MastheadApp app) : AppTests(app)
{
    private Task<Reader> StaffAsync(string role) => NewsroomForms.StaffAsync(App, role);

    private static Dictionary<string, string> Story(string headline, string? slug = null) => NewsroomForms.Story(headline, slug);

    private static Task<Page> PostAsync(Reader reader, string page, string handler, Dictionary<string, string> form) =>
        NewsroomForms.PostAsync(reader, page, handler, form);

    private Task<Article> StoryAsync(string slug) =>
        App.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Authors).SingleAsync(a => a.Slug == slug));

    private static string Unique(string what) => NewsroomForms.Unique(what);

    [Fact]
    public async Task Readers_cannot_open_the_newsroom()
    {
        using var reader = await SignedInAsync("subscriber");

        var page = await reader.GetAsync("/newsroom");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/status/403", page.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contributor_saves_and_submits_but_a_forged_publish_is_refused()
    {
        using var contributor = await StaffAsync(StaffRoles.Contributor);
        var headline = Unique("Contributor draft");

        var saved = await PostAsync(contributor, "/newsroom/stories", "Save", Story(headline));
        var path = saved.Location!.OriginalString;
        var story = await StoryAsync(Masthead.Core.Publishing.Slug.From(headline));
        var forged = await PostAsync(contributor, path, "Publish", Story(headline, story.Slug));
        var submitted = await PostAsync(contributor, path, "Submit", Story(headline, story.Slug));

        Assert.Equal(ArticleStatus.Draft, story.Status);
        Assert.Equal(Masthead.Core.Paywall.AccessLevel.Subscribers, story.AccessLevel);
        Assert.Equal("TESTVILLE", story.Dateline);
        Assert.Equal(HttpStatusCode.Redirect, forged.Status);
        Assert.Contains("/status/403", forged.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
        Assert.Equal(ArticleStatus.InReview, (await StoryAsync(story.Slug)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await contributor.GetAsync($"/articles/{story.Slug}")).Status);
    }

    [Fact]
    public async Task An_author_publishes_their_own_story_and_readers_meet_it_behind_the_paywall()
    {
        using var author = await StaffAsync(StaffRoles.Author);
        var headline = Unique("Author story");

        var published = await PostAsync(author, "/newsroom/stories", "Publish", Story(headline));
        var story = await StoryAsync(Masthead.Core.Publishing.Slug.From(headline));
        using var reader = App.NewReader();
        var page = await reader.GetAsync($"/articles/{story.Slug}");

        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        Assert.Equal(ArticleStatus.Published, story.Status);
        Assert.NotNull(story.PublishedAt);
        Assert.Equal("Test Writer", story.Authors.Single().Name);
        Assert.Equal(headline, page.Document.QuerySelector("article h1")!.TextContent);
        Assert.Contains("metered", (await author.GetAsync("/newsroom?q=" + Uri.EscapeDataString(headline))).DecodedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_author_cannot_touch_someone_elses_story_but_an_editor_can_publish_it_and_set_its_access()
    {
        using var contributor = await StaffAsync(StaffRoles.Contributor);
        using var author = await StaffAsync(StaffRoles.Author);
        using var editor = await StaffAsync(StaffRoles.Editor);
        var headline = Unique("Someone else's");
        var path = (await PostAsync(contributor, "/newsroom/stories", "Save", Story(headline))).Location!.OriginalString;

        var authorOpens = await author.GetAsync(path);
        var editorPublishes = await PostAsync(editor, path, "Publish", Story(headline, Masthead.Core.Publishing.Slug.From(headline)));

        Assert.Contains("/status/403", authorOpens.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, editorPublishes.Status);
        var story = await StoryAsync(Masthead.Core.Publishing.Slug.From(headline));
        Assert.Equal(ArticleStatus.Published, story.Status);
        Assert.Equal(Masthead.Core.Paywall.AccessLevel.Free, story.AccessLevel);
    }

    [Fact]
    public async Task Bad_and_taken_slugs_get_form_messages_and_save_nothing()
    {
        using var editor = await StaffAsync(StaffRoles.Editor);
        var before = await App.WithDbAsync(db => db.Articles.CountAsync());

        var bad = await PostAsync(editor, "/newsroom/stories", "Save", Story(Unique("Bad slug"), "Not A Slug!"));
        var taken = await PostAsync(editor, "/newsroom/stories", "Save", Story(Unique("Taken slug"), "saltmere-port-strike-container-backlog"));

        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Contains("Use lowercase letters, digits and single hyphens", bad.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Another story already uses this address.", taken.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task The_second_of_two_editors_saving_the_same_version_is_told_and_nothing_is_lost()
    {
        using var first = await StaffAsync(StaffRoles.Editor);
        using var second = await StaffAsync(StaffRoles.Editor);
        var headline = Unique("Shared story");
        var path = (await PostAsync(first, "/newsroom/stories", "Save", Story(headline))).Location!.OriginalString;
        var slug = Masthead.Core.Publishing.Slug.From(headline);
        var opened = (await second.GetAsync(path)).Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;

        await PostAsync(first, path, "Save", new Dictionary<string, string>(Story(headline, slug)) { ["Input.Body"] = "The first editor's text." });
        var conflict = await PostAsync(second, path, "Save", new Dictionary<string, string>(Story(headline, slug))
        {
            ["Input.Body"] = "The second editor's text.",
            ["Input.Version"] = opened,
            ["keep-version"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("Someone else saved this story after you opened it.", conflict.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("The second editor's text.", conflict.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal("The first editor's text.", (await StoryAsync(slug)).BodyMarkdown);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StoriesOnSqlite(SqliteApp app) : StoryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StoriesOnPostgres(PostgresApp app) : StoryTests(app);
