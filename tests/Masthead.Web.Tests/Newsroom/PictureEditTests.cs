using System.Globalization;
using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Masthead.Web.Tests.Newsroom.NewsroomForms;

namespace Masthead.Web.Tests.Newsroom;

/// <summary>
/// A picture's alt text, caption and credit are part of every published story that shows it, so
/// only editors and admins change them there; anyone on the staff may fix a picture no published story shows.
/// </summary>
public abstract class PictureEditTests(MastheadApp app) : AppTests(app)
{
    private const string ReadOnlyNote = "A published story shows this picture, so only editors and admins can change its alt text, caption and credit.";

    /// <summary>A library picture with known words; no files are needed to show its details page.</summary>
    private Task<int> PictureAsync() => App.WithDbAsync(async db =>
    {
        var image = new MediaImage
        {
            StorageKey = Guid.NewGuid().ToString("N"),
            OriginalExtension = "jpg",
            Width = 800,
            Height = 600,
            AltText = "Original alt text",
            Caption = "Original caption.",
            Credit = "Original Desk",
            VariantWidths = "480,800",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Images.Add(image);
        await db.SaveChangesAsync();
        return image.Id;
    });

    private Task<MediaImage> StoredAsync(int id) => App.WithDbAsync(db => db.Images.AsNoTracking().SingleAsync(i => i.Id == id));

    /// <summary>An editor's story that uses the picture the way <paramref name="use"/> says, saved with <paramref name="handler"/>.</summary>
    private async Task StoryUsingAsync(int pictureId, string use, string handler)
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var id = pictureId.ToString(CultureInfo.InvariantCulture);
        var story = Story(Unique("Picture in use"));
        switch (use)
        {
            case "lead":
                story["Input.LeadImageId"] = id;
                break;
            case "body":
                story["Input.Body"] = $"Opening paragraph.\n\n![Words of the story's own](media:{id})\n\nClosing paragraph.";
                break;
            case "body, with leading zeros":
                story["Input.Body"] = $"Opening paragraph.\n\n![Words of the story's own](media:00{id})";
                break;
            case "video poster":
                story["Input.Body"] = $"Opening paragraph.\n\n[![Watch the launch](media:{id})](https://www.youtube.com/watch?v=aqz-KE-bpKQ)";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(use), use, null);
        }

        await CreateAsync(editor, handler, story);
    }

    private static Dictionary<string, string> NewWords() => new()
    {
        ["Input.AltText"] = "Changed alt text",
        ["Input.Caption"] = "Changed caption.",
        ["Input.Credit"] = "Changed Desk",
    };

    /// <summary>Posts new words with a valid token of the poster's own, whatever the page offered them.</summary>
    private static async Task<Page> PostNewWordsAsync(Reader staff, int pictureId)
    {
        var token = Reader.AntiforgeryToken((await staff.GetAsync("/newsroom")).Html);
        return await staff.PostAsync($"/newsroom/media/images/{pictureId}", new Dictionary<string, string>(NewWords()) { ["__RequestVerificationToken"] = token });
    }

    private static void AssertChanged(MediaImage image) =>
        Assert.Equal(("Changed alt text", "Changed caption.", "Changed Desk"), (image.AltText, image.Caption, image.Credit));

    private static void AssertUnchanged(MediaImage image) =>
        Assert.Equal(("Original alt text", "Original caption.", "Original Desk"), (image.AltText, image.Caption, image.Credit));

    [Theory]
    [InlineData(StaffRoles.Contributor, "lead")]
    [InlineData(StaffRoles.Contributor, "body")]
    [InlineData(StaffRoles.Contributor, "body, with leading zeros")]
    [InlineData(StaffRoles.Contributor, "video poster")]
    [InlineData(StaffRoles.Author, "lead")]
    [InlineData(StaffRoles.Author, "body")]
    public async Task A_contributor_or_author_sees_a_read_only_note_for_a_picture_a_published_story_shows_and_a_forged_post_is_refused(string role, string use)
    {
        var pictureId = await PictureAsync();
        await StoryUsingAsync(pictureId, use, "Publish");
        using var staff = await StaffAsync(App, role);

        var page = await staff.GetAsync($"/newsroom/media/images/{pictureId}");
        var forged = await PostNewWordsAsync(staff, pictureId);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(ReadOnlyNote, page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("input[name='Input.Caption']"));
        Assert.Equal(HttpStatusCode.Redirect, forged.Status);
        Assert.Contains("/status/403", forged.Location!.ToString(), StringComparison.Ordinal);
        AssertUnchanged(await StoredAsync(pictureId));
    }

    [Theory]
    [InlineData(StaffRoles.Editor)]
    [InlineData(StaffRoles.Admin)]
    public async Task An_editor_or_admin_changes_the_words_of_a_picture_a_published_story_shows(string role)
    {
        var pictureId = await PictureAsync();
        await StoryUsingAsync(pictureId, "body", "Publish");
        using var staff = await StaffAsync(App, role);

        var page = await staff.GetAsync($"/newsroom/media/images/{pictureId}");
        var saved = await staff.SubmitAsync($"/newsroom/media/images/{pictureId}", NewWords());

        Assert.NotNull(page.Document.QuerySelector("input[name='Input.Caption']"));
        Assert.DoesNotContain(ReadOnlyNote, page.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        AssertChanged(await StoredAsync(pictureId));
    }

    [Theory]
    [InlineData("a draft uses it as its lead")]
    [InlineData("a published story refers to another picture whose number starts with its own")]
    [InlineData("no story uses it")]
    public async Task A_contributor_changes_the_words_of_a_picture_no_published_story_shows(string when)
    {
        var pictureId = await PictureAsync();
        if (when.StartsWith("a draft", StringComparison.Ordinal))
        {
            await StoryUsingAsync(pictureId, "lead", "Save");
        }
        else if (when.StartsWith("a published", StringComparison.Ordinal))
        {
            using var editor = await StaffAsync(App, StaffRoles.Editor);
            await CreateAsync(editor, "Publish", new(Story(Unique("Other picture"))) { ["Input.Body"] = $"Opening.\n\n![Another picture](media:{pictureId}0)" });
        }

        using var contributor = await StaffAsync(App, StaffRoles.Contributor);

        var page = await contributor.GetAsync($"/newsroom/media/images/{pictureId}");
        var saved = await PostNewWordsAsync(contributor, pictureId);

        Assert.NotNull(page.Document.QuerySelector("input[name='Input.Caption']"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.StartsWith("/newsroom/media", saved.Location!.OriginalString, StringComparison.Ordinal);
        AssertChanged(await StoredAsync(pictureId));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PictureEditOnSqlite(SqliteApp app) : PictureEditTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PictureEditOnPostgres(PostgresApp app) : PictureEditTests(app);
