using System.Net;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Masthead.Web.Tests.Newsroom.NewsroomForms;

namespace Masthead.Web.Tests.Newsroom;

/// <summary>The story list's filters and paging, and the editors' home-page ordering.</summary>
public abstract class ListAndHomePageTests(MastheadApp app) : AppTests(app)
{
    private static IEnumerable<string> Headlines(Page page) =>
        page.Document.QuerySelectorAll("table.stories tbody td:first-child a").Select(a => a.TextContent);

    [Fact]
    public async Task Stories_can_be_listed_by_section_and_author_and_paged()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var writer = Unique("Writer");
        var headline = Unique("By section");
        await CreateAsync(editor, "Save", new(Story(headline)) { ["Input.Authors"] = writer, ["Input.SectionId"] = "2" });
        var sectionSlug = await App.WithDbAsync(db => db.Sections.Where(s => s.Id == 2).Select(s => s.Slug).SingleAsync());
        var otherSection = await App.WithDbAsync(db => db.Sections.Where(s => s.Id == 3).Select(s => s.Slug).SingleAsync());
        var authorSlug = Masthead.Core.Publishing.Slug.From(writer);
        for (var missing = Features.Newsroom.IndexModel.PageSize + 1 - await App.WithDbAsync(db => db.Articles.CountAsync()); missing > 0; missing--)
        {
            await CreateAsync(editor, "Save", Story(Unique("Filler")));
        }

        var byAuthor = await editor.GetAsync($"/newsroom?author={authorSlug}");
        var bySection = await editor.GetAsync($"/newsroom?section={sectionSlug}&q={Uri.EscapeDataString(headline)}");
        var wrongSection = await editor.GetAsync($"/newsroom?section={otherSection}&author={authorSlug}");
        var first = await editor.GetAsync("/newsroom");
        var second = await editor.GetAsync("/newsroom?page=2");

        Assert.Equal([headline], Headlines(byAuthor));
        Assert.Equal([headline], Headlines(bySection));
        Assert.Empty(Headlines(wrongSection));
        Assert.Equal(Features.Newsroom.IndexModel.PageSize, Headlines(first).Count());
        Assert.NotEmpty(Headlines(second));
        Assert.Empty(Headlines(first).Intersect(Headlines(second)));
    }

    [Fact]
    public async Task An_editor_pins_the_lead_story_and_the_home_page_follows()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        using var author = await StaffAsync(App, StaffRoles.Author);
        var oldest = await App.WithDbAsync(db => db.Articles.Where(a => a.Status == Data.ArticleStatus.Published).OrderBy(a => a.PublishedAt).FirstAsync());
        var page = await editor.GetAsync("/newsroom/home-page");

        var saved = await editor.PostAsync("/newsroom/home-page", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(page.Html),
            ["Pinned[0]"] = oldest.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var home = await App.NewReader().GetAsync("/");
        var duplicate = await editor.PostAsync("/newsroom/home-page", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(page.Html),
            ["Pinned[0]"] = oldest.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Pinned[1]"] = oldest.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var refused = await author.GetAsync("/newsroom/home-page");

        try
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
            Assert.Equal(oldest.Headline, home.Document.QuerySelector(".front .card-headline")!.TextContent.Trim());
            Assert.Equal(HttpStatusCode.OK, duplicate.Status);
            Assert.Contains("A story can hold only one place.", duplicate.DecodedHtml, StringComparison.Ordinal);
            Assert.Contains("/status/403", refused.Location!.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            // Other tests read the home page of this shared app.
            await App.WithDbAsync(db => db.Articles.Where(a => a.HomeSlot != null).ExecuteUpdateAsync(s => s.SetProperty(a => a.HomeSlot, (int?)null)));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ListAndHomePageOnSqlite(SqliteApp app) : ListAndHomePageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ListAndHomePageOnPostgres(PostgresApp app) : ListAndHomePageTests(app);
