using System.Net;
using Masthead.Web.Tests.Infrastructure;

namespace Masthead.Web.Tests.Accounts;

/// <summary>Logging out ends the session itself, not only the cookie in the browser that logged out.</summary>
public abstract class SessionTests(MastheadApp app) : AppTests(app)
{
    [Fact]
    public async Task A_copied_session_cookie_stops_working_once_its_owner_logs_out()
    {
        var email = TestAccounts.NewEmail("session");
        await TestAccounts.CreateConfirmedAsync(App, email);
        using var owner = App.NewReader();
        await owner.SignInAsync(email, TestAccounts.Password);
        using var copy = App.NewReader();
        var cookie = owner.Cookies.GetCookies(owner.BaseAddress)["mh_auth"]!;
        copy.Cookies.Add(copy.BaseAddress, new Cookie(cookie.Name, cookie.Value));
        var beforeLogOut = await copy.GetAsync("/account");

        var home = await owner.GetAsync("/");
        var loggedOut = await owner.PostAsync("/account/logout", new Dictionary<string, string> { ["__RequestVerificationToken"] = Reader.AntiforgeryToken(home.Html) });
        var afterLogOut = await copy.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, beforeLogOut.Status);
        Assert.Contains(email, beforeLogOut.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.Status);
        Assert.Equal(HttpStatusCode.Redirect, afterLogOut.Status);
        Assert.StartsWith($"{MastheadApp.Origin}/account/login", afterLogOut.Location!.ToString(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SessionsOnSqlite(SqliteApp app) : SessionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SessionsOnPostgres(PostgresApp app) : SessionTests(app);
