using System.Net;
using System.Text.Json;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Tests.Infrastructure;
using static Masthead.Web.Tests.Newsroom.NewsroomForms;

namespace Masthead.Web.Tests.Newsroom;

/// <summary>Seeing a story as each kind of reader before it goes out, the live body preview, and corrections.</summary>
public abstract class PreviewAndCorrectionTests(MastheadApp app) : AppTests(app)
{
    private const string Gated = "Fourth paragraph, for subscribers only.";

    private static Dictionary<string, string> PaidStory(string headline, string? slug = null) => new(Story(headline, slug))
    {
        ["Input.Body"] = $"First paragraph, free to all.\n\nSecond paragraph, free to all.\n\nThird paragraph.\n\n{Gated}",
        ["Input.AccessLevel"] = "Subscribers",
        ["Input.Metered"] = "false",
        ["Input.PreviewParagraphs"] = "2",
    };

    [Fact]
    public async Task A_draft_previews_exactly_as_each_kind_of_reader_will_see_it()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var path = await CreateAsync(editor, "Save", PaidStory(Unique("Preview draft")));

        var anonymous = await editor.GetAsync($"{path}/preview/anonymous");
        var registered = await editor.GetAsync($"{path}/preview/registered");
        var subscriber = await editor.GetAsync($"{path}/preview/subscriber");
        var nobody = await editor.GetAsync($"{path}/preview/everyone");

        Assert.Equal(HttpStatusCode.OK, anonymous.Status);
        Assert.DoesNotContain(Gated, anonymous.DecodedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Third paragraph.", anonymous.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Second paragraph, free to all.", anonymous.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Already a subscriber?", anonymous.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("not on the site yet", anonymous.DecodedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(Gated, registered.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Subscribe", registered.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains(Gated, subscriber.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, nobody.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await App.NewReader().GetAsync($"/articles/{Masthead.Core.Publishing.Slug.From(anonymous.Document.QuerySelector("article h1")!.TextContent)}")).Status);
    }

    [Fact]
    public async Task Only_staff_who_may_edit_a_story_can_preview_it()
    {
        using var contributor = await StaffAsync(App, StaffRoles.Contributor);
        using var otherContributor = await StaffAsync(App, StaffRoles.Contributor);
        using var subscriber = await SignedInAsync("subscriber");
        using var anonymous = App.NewReader();
        var path = await CreateAsync(contributor, "Save", PaidStory(Unique("Preview rights")));

        Assert.Equal(HttpStatusCode.OK, (await contributor.GetAsync($"{path}/preview/subscriber")).Status);
        Assert.Contains("/status/403", (await otherContributor.GetAsync($"{path}/preview/subscriber")).Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/status/403", (await subscriber.GetAsync($"{path}/preview/subscriber")).Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/account/login", (await anonymous.GetAsync($"{path}/preview/subscriber")).Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_live_preview_renders_the_body_as_readers_get_it_sanitized()
    {
        using var author = await StaffAsync(App, StaffRoles.Author);

        var preview = await PostAsync(author, "/newsroom/stories", "Preview", new Dictionary<string, string>
        {
            ["Input.Body"] = "Hello *world*.\n\n<script>alert(1)</script>\n\n[click](javascript:alert(2))\n\n![A picture](media:1)\n\nhttps://youtu.be/dQw4w9WgXcQ",
        });

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("<em>world</em>", preview.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", preview.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", preview.Html, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(preview.Document.QuerySelector("figure.body-figure picture img[alt='A picture']"));
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", preview.Document.QuerySelector("figure.video-embed a")!.GetAttribute("href"));
        Assert.Null(preview.Document.QuerySelector("iframe"));
    }

    [Fact]
    public async Task An_editor_appends_a_dated_correction_that_readers_see_at_the_foot_and_in_json_ld()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var headline = Unique("Corrected");
        var path = await CreateAsync(editor, "Publish", Story(headline));
        const string Text = "An earlier version of this story gave the wrong name for the harbour master.";
        var form = await editor.GetAsync(path);

        var corrected = await editor.PostAsync($"{path}?handler=Correct", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(form.Html),
            ["CorrectionText"] = Text,
        });
        using var reader = App.NewReader();
        var article = await reader.GetAsync($"/articles/{Masthead.Core.Publishing.Slug.From(headline)}");

        Assert.Equal(HttpStatusCode.Redirect, corrected.Status);
        var foot = article.Document.QuerySelector(".article-corrections li")!;
        Assert.Contains(Text, foot.TextContent, StringComparison.Ordinal);
        Assert.NotNull(foot.QuerySelector("time[datetime]"));
        using var jsonLd = JsonDocument.Parse(article.Document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var correction = jsonLd.RootElement.GetProperty("correction")[0];
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.Equal(Text, correction.GetProperty("text").GetString());
        Assert.Equal(foot.QuerySelector("time")!.GetAttribute("datetime"), correction.GetProperty("datePublished").GetString());
    }

    [Fact]
    public async Task Authors_cannot_correct_and_an_empty_correction_gets_a_form_message()
    {
        using var author = await StaffAsync(App, StaffRoles.Author);
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var headline = Unique("Not corrected");
        var path = await CreateAsync(author, "Publish", Story(headline));
        var form = await author.GetAsync(path);
        var token = Reader.AntiforgeryToken(form.Html);

        var forged = await author.PostAsync($"{path}?handler=Correct", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["CorrectionText"] = "Forged." });
        var editorForm = await editor.GetAsync(path);
        var empty = await editor.PostAsync($"{path}?handler=Correct", new Dictionary<string, string> { ["__RequestVerificationToken"] = Reader.AntiforgeryToken(editorForm.Html), ["CorrectionText"] = "  " });

        Assert.Null(form.Document.QuerySelector("#CorrectionText"));
        Assert.Contains("/status/403", forged.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("Write the correction in 1 to 1,000 characters.", empty.DecodedHtml, StringComparison.Ordinal);
        Assert.Null((await App.NewReader().GetAsync($"/articles/{Masthead.Core.Publishing.Slug.From(headline)}")).Document.QuerySelector(".article-corrections"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PreviewAndCorrectionsOnSqlite(SqliteApp app) : PreviewAndCorrectionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PreviewAndCorrectionsOnPostgres(PostgresApp app) : PreviewAndCorrectionTests(app);
