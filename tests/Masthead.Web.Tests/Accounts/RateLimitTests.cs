using System.Net;
using Masthead.Web.Tests.Infrastructure;

namespace Masthead.Web.Tests.Accounts;

/// <summary>An app of its own with a low limit, so other tests never meet it.</summary>
public sealed class RateLimitedApp : MastheadApp
{
    public override Masthead.Web.Data.DatabaseProvider Provider => Masthead.Web.Data.DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Accounts:FormPostsPerMinute"] = "3",
    };
}

public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_get_a_429_page_and_reading_is_unaffected()
    {
        using var reader = app.NewReader();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var page = await reader.SubmitAsync("/account/login", new Dictionary<string, string>
            {
                ["Input.Email"] = "someone@example.test",
                ["Input.Password"] = "wrong password " + i,
            });
            statuses.Add(page.Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        var limited = await reader.SubmitAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "x@example.test", ["Input.Password"] = "y" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Contains("Too many attempts", limited.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/account/login")).Status);
    }
}
