using Masthead.Core.Publishing;

namespace Masthead.Core.Tests.Publishing;

public sealed class VideoLinkTests
{
    private const string YouTubeEmbed = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1";
    private const string YouTubeWatch = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
    private const string VimeoEmbed = "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1";
    private const string VimeoWatch = "https://vimeo.com/76979871";

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("http://youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("https://m.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("HTTPS://WWW.YouTube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ#comments", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=Ab_cD-123", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("https://www.youtube.com/live/dQw4w9WgXcQ?feature=shared", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("https://youtu.be/a-B_c1D2e3F", "a-B_c1D2e3F", "https://www.youtube-nocookie.com/embed/a-B_c1D2e3F?autoplay=1", "https://www.youtube.com/watch?v=a-B_c1D2e3F")]
    [InlineData("  https://youtu.be/dQw4w9WgXcQ \t", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("<https://youtu.be/dQw4w9WgXcQ>", "dQw4w9WgXcQ", YouTubeEmbed, YouTubeWatch)]
    [InlineData("https://vimeo.com/76979871", "76979871", VimeoEmbed, VimeoWatch)]
    [InlineData("http://www.vimeo.com/76979871/", "76979871", VimeoEmbed, VimeoWatch)]
    [InlineData("https://vimeo.com/channels/staffpicks/76979871", "76979871", VimeoEmbed, VimeoWatch)]
    [InlineData("https://player.vimeo.com/video/76979871?h=abc123", "76979871", VimeoEmbed, VimeoWatch)]
    [InlineData("<https://vimeo.com/1>", "1", "https://player.vimeo.com/video/1?dnt=1&autoplay=1", "https://vimeo.com/1")]
    public void Pasted_video_links_are_recognised(string text, string id, string embedUrl, string watchUrl)
    {
        Assert.True(VideoLink.TryParse(text, out var link));
        Assert.Equal(id, link.Id);
        Assert.Equal(embedUrl, link.EmbedUrl);
        Assert.Equal(watchUrl, link.WatchUrl);
        Assert.Null(link.StartSeconds);
    }

    [Theory]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", VideoProvider.YouTube, "YouTube")]
    [InlineData("https://vimeo.com/76979871", VideoProvider.Vimeo, "Vimeo")]
    public void Links_name_their_provider(string text, VideoProvider provider, string name)
    {
        Assert.True(VideoLink.TryParse(text, out var link));
        Assert.Equal(provider, link.Provider);
        Assert.Equal(name, link.ProviderName);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", 42)]
    [InlineData("https://www.youtube.com/watch?t=90&v=dQw4w9WgXcQ", 90)]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?t=1m30s", 90)]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?t=1h2m3s", 3723)]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ?start=90", 90)]
    public void YouTube_start_times_carry_into_the_player(string text, int seconds)
    {
        Assert.True(VideoLink.TryParse(text, out var link));
        Assert.Equal(seconds, link.StartSeconds);
        Assert.Equal($"{YouTubeEmbed}&start={seconds}", link.EmbedUrl);
        Assert.Equal(YouTubeWatch, link.WatchUrl);
    }

    [Theory]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?t=0")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?t=soon")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?t=30s1m")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?start=1m30s")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?t=99999999999999999")]
    public void Unreadable_start_times_play_from_the_beginning(string text)
    {
        Assert.True(VideoLink.TryParse(text, out var link));
        Assert.Null(link.StartSeconds);
        Assert.Equal(YouTubeEmbed, link.EmbedUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("dQw4w9WgXcQ")]
    [InlineData("youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("ftp://youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("data:text/html,https://youtu.be/dQw4w9WgXcQ")]
    [InlineData("https://youtube.com.evil.test/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://evilyoutube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://youtu.be.evil.test/dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com@evil.test/76979871")]
    [InlineData("https://youtube.com@evil.test/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://evil.test@youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://youtube.com:8443/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://evil.test\\@youtu.be/dQw4w9WgXcQ")]
    [InlineData("https://evil.test/https://youtu.be/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/watch")]
    [InlineData("https://www.youtube.com/watch?v=")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&v=a-B_c1D2e3F")]
    [InlineData("https://www.youtube.com/")]
    [InlineData("https://youtu.be/")]
    [InlineData("https://www.youtube.com/embed/")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXc")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQQ")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgX\"Q")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9W<b>Q")]
    [InlineData("https://youtu.be/dQw4w9 WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgX%51")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ.")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ/extra")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ/extra")]
    [InlineData("https://www.youtube-nocookie.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://youtube.com/channel/UCuAXFkgsw1L7xaCfnd5JJOw")]
    [InlineData("watch this https://youtu.be/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ is great")]
    [InlineData("<https://youtu.be/dQw4w9WgXcQ")]
    [InlineData("< https://youtu.be/dQw4w9WgXcQ >")]
    [InlineData("<<https://youtu.be/dQw4w9WgXcQ>>")]
    [InlineData("https://vimeo.com/")]
    [InlineData("https://vimeo.com/abc")]
    [InlineData("https://vimeo.com/76979871abc")]
    [InlineData("https://vimeo.com/1234567890123")]
    [InlineData("https://vimeo.com/-1")]
    [InlineData("https://vimeo.com/76979871/abcdef1234")]
    [InlineData("https://vimeo.com/channels/staff picks/76979871")]
    [InlineData("https://vimeo.com/channels//76979871")]
    [InlineData("https://player.vimeo.com/76979871")]
    [InlineData("https://player.vimeo.com/video/")]
    [InlineData("https://vimeo.com.evil.test/76979871")]
    [InlineData("https://notvimeo.com/76979871")]
    [InlineData("https://vimeo.com/７６９")]
    public void Anything_but_a_bare_video_url_is_not_a_video(string? text)
    {
        Assert.False(VideoLink.TryParse(text, out var link));
        Assert.Null(link);
    }
}
