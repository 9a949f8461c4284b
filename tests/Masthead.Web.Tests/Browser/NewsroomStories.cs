using System.Net;
using AngleSharp.Html.Dom;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Browser;

/// <summary>A published story made for a browser test, and what it holds.</summary>
public sealed record IllustratedStory(int Id, string Slug, string Headline, int PictureId, string GatedParagraph, string Correction)
{
    public string ArticlePath => $"/articles/{Slug}";

    public string FormPath => $"/newsroom/stories/{Id}";
}

/// <summary>
/// Stories set up over HTTP, as the demo editor, against the Kestrel server the browser uses:
/// quicker than clicking through the form when the form is not what the test is about.
/// </summary>
public static class NewsroomStories
{
    /// <summary>A real video id; nothing is ever fetched from YouTube in the tests.</summary>
    public const string YouTubeUrl = "https://www.youtube.com/watch?v=aqz-KE-bpKQ";

    /// <summary>
    /// A subscribers-only story, not metered, published: a paragraph, a library picture, a YouTube
    /// embed and a paragraph in the preview; one gated paragraph; two revisions (a draft, then the
    /// published text with a changed line); one correction.
    /// </summary>
    public static async Task<IllustratedStory> IllustratedAsync(BrowserApp app, string what)
    {
        var pictureId = await app.WithDbAsync(db => db.Images.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
        var tag = Guid.NewGuid().ToString("N")[..8];
        var headline = $"{what} {tag}";
        var gated = $"The last paragraph, for subscribers only ({tag}).";
        var correction = $"An earlier version gave the wrong date for the vote ({tag}).";
        var fields = new Dictionary<string, string>
        {
            ["Input.Headline"] = headline,
            ["Input.Standfirst"] = "Pictures, a video and a correction, as readers meet them.",
            ["Input.Slug"] = $"illustrated-{tag}",
            ["Input.SectionId"] = "1",
            ["Input.Dateline"] = "SALTMERE",
            ["Input.Authors"] = "Test Writer",
            ["Input.Tags"] = "tests",
            ["Input.Body"] = Body("The vote was held on Tuesday.", pictureId, gated),
            ["Input.AccessLevel"] = "Subscribers",
            ["Input.Metered"] = "false",
            ["Input.PreviewParagraphs"] = "4",
            ["Input.LeadImageId"] = pictureId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        using var editor = await EditorAsync(app);
        var path = await PostAsync(editor, "/newsroom/stories", "Save", fields);
        fields["Input.Body"] = Body("The vote was held on Wednesday, after a day's delay.", pictureId, gated);
        await PostAsync(editor, path, "Publish", fields);
        await PostAsync(editor, path, "Correct", new() { ["CorrectionText"] = correction });
        return new IllustratedStory(int.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture),
            fields["Input.Slug"], headline, pictureId, gated, correction);
    }

    private static string Body(string opening, int pictureId, string gated) =>
        $"{opening}\n\n![Cranes at the port](media:{pictureId})\n\n{YouTubeUrl}\n\nA paragraph everyone may read.\n\n{gated}";

    /// <summary>The demo editor, signed in with its own cookies.</summary>
    private static async Task<Reader> EditorAsync(BrowserApp app)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.Root };
        var reader = new Reader(client, cookies, app.Root);
        await reader.SignInAsync($"editor@{MastheadApp.DemoDomain}", MastheadApp.DemoPassword);
        return reader;
    }

    /// <summary>Posts to one of the story form's handlers with the form's token and current version; returns where it redirected.</summary>
    private static async Task<string> PostAsync(Reader editor, string formPath, string handler, Dictionary<string, string> fields)
    {
        var form = await editor.GetAsync(formPath);
        var posted = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(form.Html),
            ["Input.Version"] = (form.Document.QuerySelector("input[name='Input.Version']") as IHtmlInputElement)?.Value ?? "0",
        };
        var saved = await editor.PostAsync($"{formPath}?handler={handler}", posted);
        return saved.Status == HttpStatusCode.Redirect && saved.Location is { } location
            ? location.OriginalString
            : throw new InvalidOperationException($"The story's {handler} was refused ({saved.Status}): "
                + string.Join(' ', saved.Document.QuerySelectorAll(".form-errors li, .field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)));
    }
}
