using Masthead.Web.Tests.Infrastructure;

namespace Masthead.Web.Tests.Newsroom;

/// <summary>Staff and the story form, as the newsroom tests use them.</summary>
public static class NewsroomForms
{
    public static async Task<Reader> StaffAsync(MastheadApp app, string role)
    {
        var email = TestAccounts.NewEmail(role);
        await TestAccounts.CreateConfirmedAsync(app, email, role);
        var reader = app.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        return reader;
    }

    public static Dictionary<string, string> Story(string headline, string? slug = null) => new()
    {
        ["Input.Headline"] = headline,
        ["Input.Standfirst"] = "A standfirst for the test story.",
        ["Input.Slug"] = slug ?? "",
        ["Input.SectionId"] = "1",
        ["Input.Dateline"] = "testville",
        ["Input.Authors"] = "Test Writer",
        ["Input.Tags"] = "tests, newsroom",
        ["Input.Body"] = "First paragraph of the story.\n\nSecond paragraph.\n\nThird paragraph, behind the paywall.",
        ["Input.AccessLevel"] = "Free",
        ["Input.PreviewParagraphs"] = "2",
        ["Input.Version"] = "0",
    };

    /// <summary>
    /// Opens <paramref name="page"/> and posts <paramref name="form"/> to a handler with the page's
    /// antiforgery token and story version (unless the form says "keep-version").
    /// </summary>
    public static async Task<Page> PostAsync(Reader reader, string page, string handler, Dictionary<string, string> form)
    {
        var opened = await reader.GetAsync(page);
        var fields = new Dictionary<string, string>(form) { ["__RequestVerificationToken"] = Reader.AntiforgeryToken(opened.Html) };
        if (opened.Document.QuerySelector("input[name='Input.Version']")?.GetAttribute("value") is { } version && !form.ContainsKey("keep-version"))
        {
            fields["Input.Version"] = version;
        }

        fields.Remove("keep-version");
        var separator = page.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return await reader.PostAsync($"{page}{separator}handler={handler}", fields);
    }

    /// <summary>Saves a new story with <paramref name="form"/> and returns its newsroom path.</summary>
    public static async Task<string> CreateAsync(Reader reader, string handler, Dictionary<string, string> form)
    {
        var saved = await PostAsync(reader, "/newsroom/stories", handler, form);
        return saved.Location?.OriginalString ?? throw new InvalidOperationException($"The story was not saved: {saved.Status}\n{saved.DecodedHtml}");
    }

    public static int IdOf(string path) => int.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    public static string Unique(string what) => $"{what} {Guid.NewGuid():N}"[..(what.Length + 9)];
}
