using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Accounts;

/// <summary>Anyone can lock an account by failing to sign in; its owner gets back in by resetting the password.</summary>
public abstract class LockoutTests(MastheadApp app) : AppTests(app)
{
    [Fact]
    public async Task A_password_reset_lifts_a_lockout_so_the_owner_signs_in_at_once()
    {
        var email = TestAccounts.NewEmail("locked-editor");
        await TestAccounts.CreateConfirmedAsync(App, email, StaffRoles.Editor);
        await LockAsync(email);
        var whileLocked = await TrySignInAsync(email, TestAccounts.Password);

        using var owner = App.NewReader();
        await owner.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var form = await owner.GetAsync(MailPickup.FirstLinkPath(await MailPickup.WaitForAsync(App, email, "Reset your")));
        var reset = await owner.PostAsync("/account/reset-password", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(form.Html),
            ["Input.Email"] = form.Document.QuerySelector("input[name='Input.Email']")!.GetAttribute("value")!,
            ["Input.Code"] = form.Document.QuerySelector("input[name='Input.Code']")!.GetAttribute("value")!,
            ["Input.Password"] = "a new password after the lockout",
            ["Input.ConfirmPassword"] = "a new password after the lockout",
        });
        var signedIn = await TrySignInAsync(email, "a new password after the lockout");

        Assert.Contains(LoginModel.FailureMessage, whileLocked.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Your password has been changed.", reset.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Null((await UserAsync(email)).LockoutEnd);
    }

    [Fact]
    public async Task A_second_lockout_within_a_day_lasts_longer_than_the_first()
    {
        var email = TestAccounts.NewEmail("locked-twice");
        await TestAccounts.CreateConfirmedAsync(App, email);

        var first = await LockAsync(email);
        await App.WithDbAsync(db => db.Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, Now.AddSeconds(-1)), TestContext.Current.CancellationToken));
        var second = await LockAsync(email);

        Assert.InRange(first, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(16));
        Assert.InRange(second, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(31));
    }

    private DateTimeOffset Now => App.Service<TimeProvider>().GetUtcNow();

    /// <summary>Fails five sign-ins; returns how long the account is then locked for.</summary>
    private async Task<TimeSpan> LockAsync(string email)
    {
        for (var i = 0; i < 5; i++)
        {
            await TrySignInAsync(email, "wrong password number " + i);
        }

        var user = await UserAsync(email);
        Assert.NotNull(user.LockoutEnd);
        return user.LockoutEnd.Value - Now;
    }

    private Task<AppUser> UserAsync(string email) =>
        App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email, TestContext.Current.CancellationToken));

    private async Task<Page> TrySignInAsync(string email, string password)
    {
        using var reader = App.NewReader();
        return await reader.SubmitAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LockoutsOnSqlite(SqliteApp app) : LockoutTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LockoutsOnPostgres(PostgresApp app) : LockoutTests(app);
