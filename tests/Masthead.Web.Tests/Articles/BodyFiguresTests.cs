using AngleSharp.Html.Parser;
using Masthead.Web.Data;
using Masthead.Web.Features.Articles;
using Masthead.Web.Tests.Media;

namespace Masthead.Web.Tests.Articles;

/// <summary>Media paragraphs in a story body become figures built from the library, never from the writer's markup.</summary>
public sealed class BodyFiguresTests : IDisposable
{
    private readonly MediaFolder folder = new();
    private readonly ArticleBodyRenderer renderer = new();

    private static readonly MediaImage Picture = new()
    {
        Id = 7,
        StorageKey = "k7",
        OriginalExtension = "jpg",
        Width = 1600,
        Height = 900,
        AltText = "Library alt text",
        Caption = "Library caption",
        Credit = "Library credit",
        VariantWidths = "480,800,1200,1600",
    };

    private BodyMedia Media => new(
        new Dictionary<int, MediaImage> { [7] = Picture },
        new Dictionary<int, MediaVideo> { [3] = new() { Id = 3, StorageKey = "v3", Title = "Library title", PosterImage = Picture } },
        folder.Storage);

    private AngleSharp.Html.Dom.IHtmlDocument Render(string markdown) =>
        new HtmlParser().ParseDocument(string.Concat(renderer.RenderBlocks(markdown, Media)));

    [Fact]
    public void A_library_picture_becomes_a_figure_with_its_variants_caption_and_credit()
    {
        var html = Render("Before.\n\n![Words from the writer](media:7)\n\nAfter.");

        var figure = html.QuerySelector("figure.body-figure")!;
        var img = figure.QuerySelector("img")!;
        Assert.Equal("Words from the writer", img.GetAttribute("alt"));
        Assert.Equal("/media/images/k7/800.jpg", img.GetAttribute("src"));
        Assert.Contains("/media/images/k7/1600.webp 1600w", figure.QuerySelector("source")!.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal("Library caption Library credit", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(3, html.Body!.Children.Length);
    }

    [Fact]
    public void A_picture_without_alt_words_uses_the_library_alt_text_and_an_unknown_id_renders_nothing()
    {
        var html = Render("![](media:7)\n\n![Gone](media:999)\n\nText.");

        Assert.Equal("Library alt text", html.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Single(html.QuerySelectorAll("figure"));
        Assert.Equal(2, html.Body!.Children.Length);
    }

    [Fact]
    public void A_video_address_becomes_a_link_with_a_poster_and_loads_nothing_from_the_host()
    {
        var html = Render("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s");

        var figure = html.QuerySelector("figure.video-embed")!;
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42", figure.GetAttribute("data-embed"));
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", figure.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(html.QuerySelectorAll("iframe, script, [src*='youtube'], [srcset*='youtube'], [poster*='youtube']"));
    }

    [Fact]
    public void A_library_picture_linked_to_a_video_is_its_poster()
    {
        var html = Render("[![The harbour at dawn](media:7)](https://vimeo.com/76979871)");

        var figure = html.QuerySelector("figure.video-embed")!;
        Assert.Equal("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1", figure.GetAttribute("data-embed"));
        Assert.Equal("The harbour at dawn", figure.GetAttribute("data-title"));
        Assert.Equal("/media/images/k7/800.jpg", figure.QuerySelector("a img")!.GetAttribute("src"));
    }

    [Fact]
    public void An_uploaded_video_plays_from_the_site_with_its_poster_and_loads_nothing_until_played()
    {
        var video = Render("![A crane lifting a container](video:3)").QuerySelector("figure.body-video video")!;

        Assert.Equal("none", video.GetAttribute("preload"));
        Assert.Equal("/media/images/k7/800.jpg", video.GetAttribute("poster"));
        Assert.Equal("A crane lifting a container", video.GetAttribute("aria-label"));
        Assert.Equal("/media/videos/v3/video.mp4", video.QuerySelector("source")!.GetAttribute("src"));
    }

    [Theory]
    [InlineData("![\"><script>alert(1)</script>](media:7)")]
    [InlineData("![x\" onerror=\"alert(1)](media:7)")]
    [InlineData("[![x](media:7)](javascript:alert(1))")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>alert(1)</script>")]
    [InlineData("<https://evil.test/watch?v=dQw4w9WgXcQ>")]
    public void Nothing_a_writer_puts_in_a_media_paragraph_becomes_active_content(string markdown)
    {
        var html = Render(markdown);

        Assert.Empty(html.QuerySelectorAll("script, iframe, [onerror], [onload]"));
        Assert.DoesNotContain(html.QuerySelectorAll("a[href], img[src]"), e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Null(html.QuerySelector("figure.video-embed"));
    }

    public void Dispose() => folder.Dispose();
}
