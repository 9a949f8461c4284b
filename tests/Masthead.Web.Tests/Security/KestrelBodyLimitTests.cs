using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Features.Billing.Webhooks;
using Masthead.Web.Infrastructure.RequestBodies;
using Masthead.Web.Tests.Billing;
using Masthead.Web.Tests.Infrastructure;
using Masthead.Web.Tests.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Masthead.Web.Tests.Security;

/// <summary>
/// The body limits as Kestrel serves them over real sockets, where a chunked body arrives as the
/// sender sends it and the server's own default (30 MB) is in play. The database does not matter
/// here, so these run on SQLite alone.
/// </summary>
public sealed class KestrelBodyLimitTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private const long TwentyEightMegabytes = 28L * 1024 * 1024;
    private const long FortyMegabytes = 40L * 1024 * 1024;

    /// <summary>
    /// What the two sockets' buffers and Kestrel's own may hold beyond what the app read (about 4 to 8 MB
    /// were seen here); far less than the bodies sent, so a server that read on would fail.
    /// </summary>
    private const long InFlight = 16L * 1024 * 1024;

    private long Limit => app.Service<IOptions<RequestBodyOptions>>().Value.MaxBodyBytes;

    [Fact]
    public async Task Eight_unsigned_28_MB_webhooks_sent_chunked_at_once_are_each_refused_with_a_413_problem_early()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            EarlyAnswerClient.PostAsync(app.Root, "/webhooks/sandbox", "{\"id\": \""u8.ToArray(), TwentyEightMegabytes, chunked: true, "application/json")));

        Assert.All(answers, answer =>
        {
            AssertProblem(answer, HttpStatusCode.RequestEntityTooLarge);
            Assert.True(answer.Sent < WebhookEndpoint.MaxPayloadBytes + InFlight, $"The server took {answer.Sent} bytes.");
        });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_40_MB_webhook_beyond_the_server_default_is_refused_with_a_413_problem_not_a_500(bool chunked)
    {
        var answer = await EarlyAnswerClient.PostAsync(app.Root, "/webhooks/sandbox", "{}"u8.ToArray(), FortyMegabytes, chunked, "application/json");

        var problem = AssertProblem(answer, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains($"{WebhookEndpoint.MaxPayloadBytes} bytes", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.True(answer.Sent < WebhookEndpoint.MaxPayloadBytes + InFlight, $"The server took {answer.Sent} bytes.");
    }

    [Fact]
    public async Task A_signed_webhook_just_under_the_limit_sent_chunked_is_accepted()
    {
        var id = SandboxPayloads.NewEventId();
        var now = app.Service<TimeProvider>().GetUtcNow();
        var payload = SandboxPayloads.Event(id, "customer.subscription.trial_will_end", now.AddSeconds(-5), new() { ["id"] = "sub_sbx_padded" })
            .PadRight(WebhookEndpoint.MaxPayloadBytes - 64);
        var bytes = Encoding.UTF8.GetBytes(payload);

        var answer = await EarlyAnswerClient.PostAsync(app.Root, "/webhooks/sandbox", bytes, bytes.Length, chunked: true, "application/json",
            [new(WebhookSignature.Header, WebhookSignature.Sign(WebhookApp.Secret, payload, now))]);

        Assert.True(answer.Status == HttpStatusCode.OK, $"{answer.Status}: {answer.Body}");
        Assert.True(await app.WithDbAsync(db => db.WebhookEvents.AnyAsync(e => e.EventId == id)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_log_in_form_of_40_MB_gets_the_413_page_not_a_500(bool chunked)
    {
        var answer = await EarlyAnswerClient.PostAsync(app.Root, "/account/login", "Input.Email="u8.ToArray(), FortyMegabytes, chunked, "application/x-www-form-urlencoded",
            [new("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Contains("<h1>That was too much to send</h1>", answer.Body, StringComparison.Ordinal);
        Assert.True(answer.Sent < Limit + InFlight, $"The server took {answer.Sent} bytes.");
    }

    [Fact]
    public async Task An_autosave_over_the_limit_sent_chunked_gets_a_413_problem()
    {
        using var editor = await EditorAsync();
        var form = await editor.GetAsync("/newsroom/stories");

        var answer = await EarlyAnswerClient.PostAsync(app.Root, "/newsroom/stories?handler=Autosave", "Input.Body="u8.ToArray(), TwentyEightMegabytes, chunked: true,
            "application/x-www-form-urlencoded",
            [
                new("Cookie", editor.Cookies.GetCookieHeader(app.Root)),
                new("RequestVerificationToken", Reader.AntiforgeryToken(form.Html)),
                new("Accept", "application/json, text/html"),
            ]);

        AssertProblem(answer, HttpStatusCode.RequestEntityTooLarge);
        Assert.True(answer.Sent < Limit + InFlight, $"The server took {answer.Sent} bytes.");
    }

    [Fact]
    public async Task A_video_larger_than_the_ordinary_limit_still_uploads()
    {
        using var editor = await EditorAsync();
        var title = Newsroom.NewsroomForms.Unique("Long video");
        var video = Mp4(mediaBytes: (int)Limit * 2);
        var form = await editor.GetAsync("/newsroom/media/video");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Reader.AntiforgeryToken(form.Html)), "__RequestVerificationToken" },
            { new StringContent(title), "Upload.Title" },
            { new ByteArrayContent(video), "Upload.File", "clip.mp4" },
            { new ByteArrayContent(TestImages.Gradient(640, 360, SKEncodedImageFormat.Jpeg)), "Upload.Poster", "poster.jpg" },
        };

        var uploaded = await editor.PostMultipartAsync("/newsroom/media/video", content);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.Status);
        Assert.Equal(video.Length, await app.WithDbAsync(db => db.Videos.Where(v => v.Title == title).Select(v => v.SizeBytes).SingleAsync()));
    }

    private static JsonNode AssertProblem(EarlyAnswer answer, HttpStatusCode status)
    {
        Assert.Equal(status, answer.Status);
        Assert.Equal("application/problem+json", answer.Headers["Content-Type"].Split(';')[0]);
        var problem = JsonNode.Parse(answer.Body)!;
        Assert.Equal((int)status, (int?)problem["status"]);
        return problem;
    }

    private async Task<Reader> EditorAsync()
    {
        var email = TestAccounts.NewEmail("kestrel-editor");
        await TestAccounts.CreateConfirmedAsync(app, email, StaffRoles.Editor);
        var editor = app.NewSocketReader();
        await editor.SignInAsync(email, TestAccounts.Password);
        return editor;
    }

    /// <summary>An MP4 the intake accepts: a file-type box, then one media-data box of <paramref name="mediaBytes"/>.</summary>
    private static byte[] Mp4(int mediaBytes)
    {
        byte[] fileType = [0, 0, 0, 24, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8];
        byte[] movie = [0, 0, 0, 16, .. "moov"u8, 0, 0, 0, 8, .. "free"u8];
        var mediaBox = new byte[8 + mediaBytes];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(mediaBox, mediaBox.Length);
        "mdat"u8.CopyTo(mediaBox.AsSpan(4));
        return [.. fileType, .. movie, .. mediaBox];
    }
}
