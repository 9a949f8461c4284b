using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Features.Newsroom.Media;
using Masthead.Web.Infrastructure.RequestBodies;
using Masthead.Web.Tests.Infrastructure;
using Masthead.Web.Tests.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkiaSharp;
using static Masthead.Web.Tests.Newsroom.NewsroomForms;

namespace Masthead.Web.Tests.Security;

/// <summary>
/// Every body read whole has a limit: forms and the story editor's script posts get the site's
/// ordinary one, media uploads their own larger ones. Past it the answer is a quick 413 — a problem
/// for scripts, the status page for people — never a 500, and the rest of the body is not read.
/// </summary>
public abstract class RequestBodyLimitTests(MastheadApp app) : AppTests(app)
{
    private const string StoryForm = "/newsroom/stories";

    private long Limit => App.Service<IOptions<RequestBodyOptions>>().Value.MaxBodyBytes;

    [Theory]
    [InlineData("Autosave", true)]
    [InlineData("Autosave", false)]
    [InlineData("Preview", true)]
    [InlineData("Preview", false)]
    public async Task A_script_post_from_the_story_editor_over_the_limit_is_refused_with_a_413_problem_before_it_is_read(string handler, bool chunked)
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var body = new LazyBody("Input.Body="u8.ToArray(), Limit * 8, declareLength: !chunked, "application/x-www-form-urlencoded");

        using var response = await ScriptPostAsync(editor, handler, body);

        var problem = await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("too large", (string?)problem["title"], StringComparison.OrdinalIgnoreCase);
        Assert.True(body.Sent < Limit + (256 * 1024), $"The server took {body.Sent} bytes of a body refused past {Limit}.");
    }

    [Fact]
    public async Task An_autosave_just_under_the_limit_is_saved()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var fields = Story(Unique("Long read"));
        var withoutBody = AsMultipart(fields).Headers.ContentLength!.Value;
        fields["Input.Body"] = new string('a', (int)(Limit - withoutBody - 200));
        var content = AsMultipart(fields);
        Assert.InRange(content.Headers.ContentLength!.Value, Limit - 1024, Limit);

        using var response = await ScriptPostAsync(editor, "Autosave", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        var id = (int)saved!["id"]!;
        Assert.Equal(fields["Input.Body"].Length, await App.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown.Length).SingleAsync()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_story_form_posted_without_script_over_the_limit_gets_the_413_page_not_an_error(bool chunked)
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var form = await editor.GetAsync(StoryForm);
        var head = Encoding.ASCII.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(Reader.AntiforgeryToken(form.Html))}&Input.Headline=Too+long&Input.Body=");

        var refused = await PagePostAsync(editor, $"{StoryForm}?handler=Save", new LazyBody(head, Limit * 2, declareLength: !chunked, "application/x-www-form-urlencoded"));

        AssertTooLargePage(refused);
    }

    [Fact]
    public async Task A_log_in_form_over_the_limit_gets_the_413_page()
    {
        using var reader = App.NewReader();

        var refused = await PagePostAsync(reader, "/account/login", new LazyBody("Input.Email="u8.ToArray(), Limit + 1, declareLength: false, "application/x-www-form-urlencoded"));

        AssertTooLargePage(refused);
    }

    [Fact]
    public async Task A_picture_larger_than_the_ordinary_limit_still_uploads_to_the_media_library()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var picture = TestImages.Noise(900, 700, SKEncodedImageFormat.Png);
        Assert.True(picture.Length > Limit, $"The test picture ({picture.Length} bytes) must be larger than the ordinary limit.");
        var alt = Unique("Large picture");
        var form = await editor.GetAsync("/newsroom/media");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Reader.AntiforgeryToken(form.Html)), "__RequestVerificationToken" },
            { new StringContent(alt), "Upload.AltText" },
            { new ByteArrayContent(picture), "Upload.File", "large.png" },
        };

        var uploaded = await editor.PostMultipartAsync("/newsroom/media", content);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.Status);
        Assert.True(await App.WithDbAsync(db => db.Images.AnyAsync(i => i.AltText == alt)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_picture_upload_over_the_media_request_limit_gets_the_413_page_not_an_error(bool chunked)
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var form = await editor.GetAsync("/newsroom/media");
        const string Boundary = "masthead-test-boundary";
        var head = Encoding.ASCII.GetBytes(
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{Reader.AntiforgeryToken(form.Html)}\r\n" +
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"Upload.File\"; filename=\"huge.png\"\r\nContent-Type: image/png\r\n\r\n");
        var body = new LazyBody(head, MediaUploads.ImageRequestLimit + (1024 * 1024), declareLength: !chunked, $"multipart/form-data; boundary={Boundary}");

        var refused = await PagePostAsync(editor, "/newsroom/media", body);

        AssertTooLargePage(refused);
        Assert.True(body.Sent < MediaUploads.ImageRequestLimit + (256 * 1024), $"The server took {body.Sent} bytes.");
    }

    private static async Task<HttpResponseMessage> ScriptPostAsync(Reader editor, string handler, HttpContent body)
    {
        var form = await editor.GetAsync(StoryForm);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{StoryForm}?handler={handler}") { Content = body };
        request.Headers.Add("RequestVerificationToken", Reader.AntiforgeryToken(form.Html));
        request.Headers.Accept.ParseAdd("application/json, text/html");
        return await editor.SendAsync(request);
    }

    /// <summary>Posts as a browser submits a form: it asks for HTML.</summary>
    private static async Task<Page> PagePostAsync(Reader reader, string path, HttpContent body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await reader.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new Page(response.StatusCode, html, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), response.Headers.Location, path);
    }

    private static void AssertTooLargePage(Page page)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Equal("That was too much to send", page.Document.QuerySelector("main h1")?.TextContent);
        Assert.NotNull(page.Document.QuerySelector("header.site-header"));
    }

    private static MultipartFormDataContent AsMultipart(Dictionary<string, string> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return content;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RequestBodyLimitsOnSqlite(SqliteApp app) : RequestBodyLimitTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RequestBodyLimitsOnPostgres(PostgresApp app) : RequestBodyLimitTests(app);
