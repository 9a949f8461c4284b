using Masthead.Web.Infrastructure;
using Masthead.Web.Tests.Infrastructure;

namespace Masthead.Web.Tests.Security;

/// <summary>Every kind of response carries the security headers, media files and error pages included.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SecurityHeadersTests(SqliteApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/caldry-hospital-ransomware-attack")]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    [InlineData("/media/images/central-bank/480.webp")]
    public async Task Responses_carry_the_security_headers(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(';', response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public void The_policy_allows_no_inline_script_and_frames_only_the_two_video_players()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToList());

        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["https://www.youtube-nocookie.com", "https://player.vimeo.com"], directives["frame-src"]);
        Assert.DoesNotContain(directives.Values.SelectMany(v => v), v => v.Contains("unsafe", StringComparison.Ordinal));
    }
}
