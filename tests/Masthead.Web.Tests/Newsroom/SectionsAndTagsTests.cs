using System.Net;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Masthead.Web.Tests.Newsroom.NewsroomForms;

namespace Masthead.Web.Tests.Newsroom;

/// <summary>Editors manage sections and tags; nobody below an editor can.</summary>
public abstract class SectionsAndTagsTests(MastheadApp app) : AppTests(app)
{
    private static async Task<Page> SubmitAsync(Reader reader, string page, string? handler, Dictionary<string, string> form)
    {
        var opened = await reader.GetAsync(page);
        var fields = new Dictionary<string, string>(form) { ["__RequestVerificationToken"] = Reader.AntiforgeryToken(opened.Html) };
        return await reader.PostAsync(handler is null ? page : $"{page}?handler={handler}", fields);
    }

    [Fact]
    public async Task An_editor_adds_a_section_that_readers_can_browse_and_removes_it_once_empty()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var name = Unique("Science");
        var slug = Masthead.Core.Publishing.Slug.From(name);

        var added = await SubmitAsync(editor, "/newsroom/sections", null, new() { ["Input.Name"] = name, ["Input.Description"] = "Research and discovery.", ["Input.Position"] = "900" });
        var id = await App.WithDbAsync(db => db.Sections.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync());
        var page = await App.NewReader().GetAsync($"/sections/{slug}");
        var taken = await SubmitAsync(editor, "/newsroom/sections", null, new() { ["Input.Name"] = "World again", ["Input.Slug"] = "world", ["Input.Position"] = "1" });
        var story = await CreateAsync(editor, "Save", new(Story(Unique("In the section"))) { ["Input.SectionId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var refused = await SubmitAsync(editor, $"/newsroom/sections/{id}", "Delete", []);
        await App.WithDbAsync(db => db.Articles.Where(a => a.Id == IdOf(story)).ExecuteDeleteAsync());
        var removed = await SubmitAsync(editor, $"/newsroom/sections/{id}", "Delete", []);

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Research and discovery.", page.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Another section already uses this address.", taken.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("still has stories", refused.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.False(await App.WithDbAsync(db => db.Sections.AnyAsync(s => s.Id == id)));
    }

    [Fact]
    public async Task Renaming_a_tag_to_an_existing_name_folds_its_stories_into_that_tag()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var first = Unique("harbours").ToLowerInvariant();
        var second = Unique("ports").ToLowerInvariant();
        var a = IdOf(await CreateAsync(editor, "Save", new(Story(Unique("Tagged one"))) { ["Input.Tags"] = first }));
        var b = IdOf(await CreateAsync(editor, "Save", new(Story(Unique("Tagged two"))) { ["Input.Tags"] = second }));
        var tagId = await App.WithDbAsync(db => db.Tags.Where(t => t.Name == first).Select(t => t.Id).SingleAsync());

        var folded = await SubmitAsync(editor, "/newsroom/tags", "Rename", new() { ["TagId"] = tagId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["NewName"] = second.ToUpperInvariant() });
        var tagged = await App.WithDbAsync(db => db.Tags.Where(t => t.Name == second).SelectMany(t => t.Articles).Select(x => x.Id).OrderBy(x => x).ToListAsync());
        var empty = await SubmitAsync(editor, "/newsroom/tags", "Rename", new() { ["TagId"] = tagId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["NewName"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, folded.Status);
        Assert.Equal(new[] { a, b }.Order(), tagged);
        Assert.False(await App.WithDbAsync(db => db.Tags.AnyAsync(t => t.Name == first)));
        Assert.NotEqual(HttpStatusCode.InternalServerError, empty.Status);
    }

    [Fact]
    public async Task Authors_cannot_manage_sections_or_tags()
    {
        using var author = await StaffAsync(App, StaffRoles.Author);
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var token = Reader.AntiforgeryToken((await author.GetAsync("/newsroom")).Html);

        var sections = await author.GetAsync("/newsroom/sections");
        var forged = await author.PostAsync("/newsroom/sections", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Name"] = "Forged" });
        var tags = await author.GetAsync("/newsroom/tags");

        Assert.Contains("/status/403", sections.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/status/403", forged.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/status/403", tags.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Sections.AnyAsync(s => s.Name == "Forged")));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/newsroom/tags")).Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SectionsAndTagsOnSqlite(SqliteApp app) : SectionsAndTagsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SectionsAndTagsOnPostgres(PostgresApp app) : SectionsAndTagsTests(app);
