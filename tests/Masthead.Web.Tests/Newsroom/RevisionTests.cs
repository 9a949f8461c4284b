using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Masthead.Web.Tests.Newsroom.NewsroomForms;

namespace Masthead.Web.Tests.Newsroom;

/// <summary>Every save keeps a revision; any two can be compared and any one restored.</summary>
public abstract class RevisionTests(MastheadApp app) : AppTests(app)
{
    private Task<List<ArticleRevision>> RevisionsAsync(int id) =>
        App.WithDbAsync(db => db.Revisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync());

    [Fact]
    public async Task Each_save_keeps_a_revision_and_the_diff_shows_what_changed()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var headline = Unique("Revised");
        var path = await CreateAsync(editor, "Save", Story(headline));
        var slug = Masthead.Core.Publishing.Slug.From(headline);
        await PostAsync(editor, path, "Save", new(Story(headline, slug)) { ["Input.Body"] = "First paragraph of the story.\n\nSecond paragraph, rewritten by the desk.\n\nThird paragraph, behind the paywall." });
        await PostAsync(editor, path, "Publish", new(Story(headline, slug)) { ["Input.Body"] = "First paragraph of the story.\n\nSecond paragraph, rewritten by the desk.\n\nThird paragraph, behind the paywall." });
        var id = IdOf(path);

        var revisions = await RevisionsAsync(id);
        var compared = await editor.GetAsync($"{path}/revisions?from=1&to=2");

        Assert.Equal([1, 2, 3], revisions.Select(r => r.Number));
        Assert.Equal([RevisionAction.Saved, RevisionAction.Saved, RevisionAction.Published], revisions.Select(r => r.Action));
        Assert.Equal("Second paragraph.", revisions[0].BodyMarkdown.Split("\n\n")[1]);
        Assert.Equal(HttpStatusCode.OK, compared.Status);
        var inserted = compared.Document.QuerySelectorAll(".diff ins").Select(e => e.TextContent).ToList();
        Assert.Contains(inserted, t => t.Contains("rewritten by the desk", StringComparison.Ordinal));
        Assert.DoesNotContain(compared.Document.QuerySelectorAll(".diff del"), e => e.TextContent.Contains("First paragraph", StringComparison.Ordinal));
        Assert.Contains("These two revisions are the same.", (await editor.GetAsync($"{path}/revisions?from=2&to=3")).DecodedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_that_came_in_another_way_keeps_its_original_as_the_first_revision()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var headline = Unique("Imported");
        var slug = Masthead.Core.Publishing.Slug.From(headline);
        var id = await App.WithDbAsync(async db =>
        {
            var imported = new Article
            {
                Slug = slug,
                Headline = headline,
                Standfirst = "Imported from the old system.",
                Dateline = "ELSEWHERE",
                BodyMarkdown = "The wording as imported.",
                SectionId = 1,
                Status = ArticleStatus.Draft,
                UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.Articles.Add(imported);
            await db.SaveChangesAsync();
            return imported.Id;
        });

        await PostAsync(editor, $"/newsroom/stories/{id}", "Save", new(Story(headline, slug)) { ["Input.Body"] = "The wording after a first edit." });
        var revisions = await RevisionsAsync(id);

        Assert.Equal([RevisionAction.Original, RevisionAction.Saved], revisions.Select(r => r.Action));
        Assert.Equal("The wording as imported.", revisions[0].BodyMarkdown);
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
    }

    [Fact]
    public async Task Restoring_a_revision_saves_it_as_a_new_one_and_readers_see_the_restored_text()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var headline = Unique("Restored");
        var slug = Masthead.Core.Publishing.Slug.From(headline);
        var path = await CreateAsync(editor, "Publish", new(Story(headline)) { ["Input.Body"] = "The original wording." });
        await PostAsync(editor, path, "Publish", new(Story(headline, slug)) { ["Input.Body"] = "A mistaken rewrite." });
        var page = await editor.GetAsync($"{path}/revisions");

        var restored = await editor.PostAsync($"{path}/revisions?handler=Restore&number=1", new Dictionary<string, string> { ["__RequestVerificationToken"] = Reader.AntiforgeryToken(page.Html) });
        var revisions = await RevisionsAsync(IdOf(path));
        using var reader = App.NewReader();
        var article = await reader.GetAsync($"/articles/{slug}");

        Assert.Equal(HttpStatusCode.Redirect, restored.Status);
        Assert.Equal(3, revisions.Count);
        Assert.Equal(RevisionAction.Restored, revisions[^1].Action);
        Assert.Equal(1, revisions[^1].RestoredFrom);
        Assert.Equal("The original wording.", revisions[^1].BodyMarkdown);
        Assert.Contains("The original wording.", article.DecodedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("A mistaken rewrite.", article.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Restored revision 1", (await editor.GetAsync($"{path}/revisions")).DecodedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_staff_who_may_edit_the_story_see_or_restore_its_revisions()
    {
        using var contributor = await StaffAsync(App, StaffRoles.Contributor);
        using var other = await StaffAsync(App, StaffRoles.Contributor);
        var path = await CreateAsync(contributor, "Save", Story(Unique("Private draft")));
        var own = await contributor.GetAsync($"{path}/revisions");

        var refused = await other.GetAsync($"{path}/revisions");
        var othersToken = Reader.AntiforgeryToken((await other.GetAsync("/newsroom")).Html);
        var forged = await other.PostAsync($"{path}/revisions?handler=Restore&number=1", new Dictionary<string, string> { ["__RequestVerificationToken"] = othersToken });

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("/status/403", refused.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/status/403", forged.Location!.ToString(), StringComparison.Ordinal);
        Assert.Single(await RevisionsAsync(IdOf(path)));
    }

    [Fact]
    public async Task Autosaves_by_one_writer_are_kept_as_one_revision_and_answer_json()
    {
        using var author = await StaffAsync(App, StaffRoles.Author);
        var headline = Unique("Autosaved");
        var slug = Masthead.Core.Publishing.Slug.From(headline);
        var path = await CreateAsync(author, "Save", Story(headline));

        var first = await PostAsync(author, path, "Autosave", new(Story(headline, slug)) { ["Input.Body"] = "Typing, first pause." });
        var second = await PostAsync(author, path, "Autosave", new(Story(headline, slug)) { ["Input.Body"] = "Typing, second pause." });
        var revisions = await RevisionsAsync(IdOf(path));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("\"version\":3", second.Html, StringComparison.Ordinal);
        Assert.Equal([RevisionAction.Saved, RevisionAction.Autosaved], revisions.Select(r => r.Action));
        Assert.Equal("Typing, second pause.", revisions[^1].BodyMarkdown);
        Assert.Equal(3, revisions[^1].Number);
    }

    [Fact]
    public async Task Autosave_problems_come_back_as_problem_details_and_save_nothing()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var headline = Unique("Autosave problems");
        var slug = Masthead.Core.Publishing.Slug.From(headline);
        var path = await CreateAsync(editor, "Publish", Story(headline));

        var missing = await PostAsync(editor, path, "Autosave", new(Story(headline, slug)) { ["Input.Headline"] = "" });
        var live = await PostAsync(editor, path, "Autosave", Story(headline, slug));
        var stale = await PostAsync(editor, path, "Autosave", new(Story(headline, slug)) { ["Input.Version"] = "0", ["keep-version"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains("Write a headline.", missing.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, live.Status);
        Assert.Contains("Autosave is off for published stories", live.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Single(await RevisionsAsync(IdOf(path)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RevisionsOnSqlite(SqliteApp app) : RevisionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RevisionsOnPostgres(PostgresApp app) : RevisionTests(app);
