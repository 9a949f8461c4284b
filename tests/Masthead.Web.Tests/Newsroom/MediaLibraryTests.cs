using System.Net;
using System.Net.Http.Headers;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Infrastructure.Media;
using Masthead.Web.Tests.Infrastructure;
using Masthead.Web.Tests.Media;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using static Masthead.Web.Tests.Newsroom.NewsroomForms;

namespace Masthead.Web.Tests.Newsroom;

/// <summary>The media library over HTTP: what an upload keeps, what it refuses and how, and pictures in stories.</summary>
public abstract class MediaLibraryTests(MastheadApp app) : AppTests(app)
{
    private static async Task<Page> UploadAsync(Reader staff, byte[] file, string fileName, string alt, string contentType = "application/octet-stream")
    {
        var form = await staff.GetAsync("/newsroom/media");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Reader.AntiforgeryToken(form.Html)), "__RequestVerificationToken" },
            { new StringContent(alt), "Upload.AltText" },
            { new StringContent("A caption written for the test."), "Upload.Caption" },
            { new StringContent("Test Desk"), "Upload.Credit" },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        content.Add(part, "Upload.File", fileName);
        return await staff.PostMultipartAsync("/newsroom/media", content);
    }

    private Task<MediaImage?> ImageAsync(string alt) =>
        App.WithDbAsync(db => db.Images.AsNoTracking().SingleOrDefaultAsync(i => i.AltText == alt));

    private string MediaFile(string key) => Path.Combine(App.DataPath, "media", key);

    [Fact]
    public async Task A_png_named_jpg_is_kept_as_a_png_with_variants_and_its_words()
    {
        using var contributor = await StaffAsync(App, StaffRoles.Contributor);
        var alt = Unique("Renamed PNG");

        var uploaded = await UploadAsync(contributor, TestImages.Gradient(900, 600, SKEncodedImageFormat.Png), "holiday.jpg", alt, "image/jpeg");
        var image = await ImageAsync(alt);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.Status);
        Assert.NotNull(image);
        Assert.Equal("png", image.OriginalExtension);
        Assert.Equal((900, 600), (image.Width, image.Height));
        Assert.Equal("480,800,900", image.VariantWidths);
        Assert.Equal("Test Desk", image.Credit);
        Assert.True(File.Exists(MediaFile($"images/{image.StorageKey}/900.png")));
        Assert.True(File.Exists(MediaFile($"images/{image.StorageKey}/480.webp")));
        Assert.Contains($"![{alt}](media:{image.Id})", (await contributor.FollowAsync(uploaded)).DecodedHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("bomb")]
    [InlineData("truncated")]
    public async Task Bad_files_get_a_form_message_and_nothing_is_kept(string kind)
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var alt = Unique($"Refused {kind}");
        var jpeg = TestImages.Noise(400, 300, SKEncodedImageFormat.Jpeg);
        var (file, name, message) = kind switch
        {
            "text" => ("Just some words, not a picture."u8.ToArray(), "notes.png", "This file is not a JPEG, PNG or WebP image."),
            "bomb" => (TestImages.PngDeclaring(20_000, 20_000), "huge.png", "20000 × 20000 pixels"),
            _ => (jpeg[..(jpeg.Length / 2)], "cut.jpg", "The file is incomplete or damaged"),
        };
        var imagesBefore = Directory.Exists(MediaFile("images")) ? Directory.GetDirectories(MediaFile("images")).Length : 0;

        var refused = await UploadAsync(editor, file, name, alt);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(message, refused.Document.QuerySelector("[data-valmsg-for='Upload.File']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(alt, refused.Document.QuerySelector("input[name='Upload.AltText']")!.GetAttribute("value"));
        Assert.Null(await ImageAsync(alt));
        Assert.Equal(imagesBefore, Directory.Exists(MediaFile("images")) ? Directory.GetDirectories(MediaFile("images")).Length : 0);
    }

    [Fact]
    public async Task A_photo_taken_sideways_is_stored_upright_without_its_gps_position()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var alt = Unique("Sideways");
        var photo = Exif.Insert(TestImages.Gradient(300, 200, SKEncodedImageFormat.Jpeg), orientation: 6);

        await UploadAsync(editor, photo, "phone.jpg", alt);
        var image = await ImageAsync(alt);
        var stored = await File.ReadAllBytesAsync(MediaFile($"images/{image!.StorageKey}/200.jpg"), TestContext.Current.CancellationToken);

        Assert.Equal((200, 300), (image.Width, image.Height));
        Assert.Equal((200, 300), (TestImages.Decode(stored).Width, TestImages.Decode(stored).Height));
        Assert.False(TestImages.Contains(stored, "Exif"u8));
        Assert.False(TestImages.Contains(stored, Exif.Latitude));
    }

    [Fact]
    public async Task A_library_picture_leads_a_story_and_illustrates_its_body()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var alt = Unique("Lead picture");
        await UploadAsync(editor, TestImages.Gradient(1000, 500, SKEncodedImageFormat.Jpeg), "lead.jpg", alt);
        var image = (await ImageAsync(alt))!;
        var headline = Unique("Illustrated");

        await CreateAsync(editor, "Publish", new(Story(headline))
        {
            ["Input.LeadImageId"] = image.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Body"] = $"Opening paragraph.\n\n![Inline words]({"media:" + image.Id})\n\nClosing paragraph.",
        });
        var article = await App.NewReader().GetAsync($"/articles/{Masthead.Core.Publishing.Slug.From(headline)}");

        var lead = article.Document.QuerySelector(".lead-figure img")!;
        Assert.Equal(alt, lead.GetAttribute("alt"));
        Assert.Contains(image.StorageKey, lead.GetAttribute("src"), StringComparison.Ordinal);
        var inline = article.Document.QuerySelector(".article-body figure.body-figure")!;
        Assert.Equal("Inline words", inline.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Contains("A caption written for the test.", inline.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_lead_picture_is_a_form_message()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);

        var refused = await PostAsync(editor, "/newsroom/stories", "Save", new(Story(Unique("Missing picture"))) { ["Input.LeadImageId"] = "987654" });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("That picture is no longer in the media library.", refused.DecodedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_mp4_with_its_poster_plays_in_a_story_and_a_fake_mp4_is_refused()
    {
        using var editor = await StaffAsync(App, StaffRoles.Editor);
        var title = Unique("Harbour video");
        byte[] ftyp = [0, 0, 0, 24, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8];
        byte[] moov = [0, 0, 0, 16, .. "moov"u8, 0, 0, 0, 8, .. "free"u8];
        byte[] mdat = [0, 0, 0, 16, .. "mdat"u8, 1, 2, 3, 4, 5, 6, 7, 8];
        byte[] mp4 = [.. ftyp, .. moov, .. mdat];

        var uploaded = await UploadVideoAsync(editor, mp4, title);
        var refused = await UploadVideoAsync(editor, "<html>not a video</html>"u8.ToArray(), Unique("Fake video"));
        var headerless = await UploadVideoAsync(editor, [.. ftyp, .. mdat], Unique("No moov"));
        var video = await App.WithDbAsync(db => db.Videos.AsNoTracking().SingleAsync(v => v.Title == title));
        var headline = Unique("With video");
        await CreateAsync(editor, "Publish", new(Story(headline)) { ["Input.Body"] = $"Watch this.\n\n![{title}](video:{video.Id})" });
        var article = await App.NewReader().GetAsync($"/articles/{Masthead.Core.Publishing.Slug.From(headline)}");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.Status);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("This file is not an MP4 video.", refused.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, headerless.Status);
        Assert.Contains(VideoIntake.Incomplete, headerless.Document.QuerySelector("[data-valmsg-for='Upload.File']")!.TextContent, StringComparison.Ordinal);
        var player = article.Document.QuerySelector("figure.body-video video")!;
        Assert.Equal("none", player.GetAttribute("preload"));
        Assert.Contains(video.StorageKey, player.GetAttribute("poster"), StringComparison.Ordinal);
        Assert.Equal($"/media/videos/{video.StorageKey}/video.mp4", player.QuerySelector("source")!.GetAttribute("src"));
        Assert.Equal(mp4, await File.ReadAllBytesAsync(MediaFile($"videos/{video.StorageKey}/video.mp4"), TestContext.Current.CancellationToken));
    }

    private static async Task<Page> UploadVideoAsync(Reader staff, byte[] file, string title)
    {
        var form = await staff.GetAsync("/newsroom/media/video");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Reader.AntiforgeryToken(form.Html)), "__RequestVerificationToken" },
            { new StringContent(title), "Upload.Title" },
            { new ByteArrayContent(file), "Upload.File", "clip.mp4" },
            { new ByteArrayContent(TestImages.Gradient(640, 360, SKEncodedImageFormat.Jpeg)), "Upload.Poster", "poster.jpg" },
        };
        return await staff.PostMultipartAsync("/newsroom/media/video", content);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MediaLibraryOnSqlite(SqliteApp app) : MediaLibraryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MediaLibraryOnPostgres(PostgresApp app) : MediaLibraryTests(app);
