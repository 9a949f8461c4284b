using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Admin;

/// <summary>
/// Admins manage plans; editors and admins grant complimentary access. Everyone else is refused on the
/// server, even when they post a valid antiforgery token of their own to a form they were never shown.
/// </summary>
public abstract class PlanAndComplimentaryRulesTests(MastheadApp app) : AppTests(app)
{
    private const string Anonymous = "anonymous";
    private const string RegisteredReader = "reader";

    /// <summary>Someone in <paramref name="who"/>'s shoes, signed in unless anonymous, and a token of their own from the home page.</summary>
    private async Task<(Reader Browser, string Token)> AsAsync(string who)
    {
        var browser = App.NewReader();
        if (who != Anonymous)
        {
            var email = TestAccounts.NewEmail(who);
            await TestAccounts.CreateConfirmedAsync(App, email, who == RegisteredReader ? null : who);
            await browser.SignInAsync(email, TestAccounts.Password);
        }

        return (browser, Reader.AntiforgeryToken((await browser.GetAsync("/")).Html));
    }

    private static void AssertRefused(string who, Page page)
    {
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains(who == Anonymous ? "/account/login" : "/status/403", page.Location!.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> PlanForm(string token, string name) => new()
    {
        ["__RequestVerificationToken"] = token,
        ["Input.Name"] = name,
        ["Input.Monthly"] = "0.99",
        ["Input.Currency"] = "EUR",
        ["Input.TrialDays"] = "90",
    };

    private Task<Plan> PlanAsync(int id) => App.WithDbAsync(db => db.Plans.AsNoTracking().SingleAsync(p => p.Id == id));

    private Task<int> NewPlanAsync() => App.WithDbAsync(async db =>
    {
        var plan = new Plan
        {
            Name = $"Standing {Guid.NewGuid():N}"[..17],
            Description = "A plan the tests try to change.",
            MonthlyAmountMinor = 900,
            Currency = "EUR",
            Position = 99,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    });

    [Theory]
    [InlineData(Anonymous)]
    [InlineData(RegisteredReader)]
    [InlineData(StaffRoles.Contributor)]
    [InlineData(StaffRoles.Author)]
    [InlineData(StaffRoles.Editor)]
    public async Task Only_admins_open_the_plans_page_and_a_forged_plan_is_neither_added_nor_saved_over_another(string who)
    {
        var existingId = await NewPlanAsync();
        var before = await PlanAsync(existingId);
        var (browser, token) = await AsAsync(who);
        var name = $"Forged {Guid.NewGuid():N}"[..15];

        var opened = await browser.GetAsync("/admin/plans");
        var added = await browser.PostAsync("/admin/plans", PlanForm(token, name));
        var edited = await browser.PostAsync($"/admin/plans/{existingId}", PlanForm(token, name));

        AssertRefused(who, opened);
        AssertRefused(who, added);
        AssertRefused(who, edited);
        Assert.False(await App.WithDbAsync(db => db.Plans.AnyAsync(p => p.Name == name)));
        var after = await PlanAsync(existingId);
        Assert.Equal((before.Name, before.MonthlyAmountMinor, before.TrialDays, before.Archived), (after.Name, after.MonthlyAmountMinor, after.TrialDays, after.Archived));
    }

    [Fact]
    public async Task An_admin_saves_over_a_plan()
    {
        var existingId = await NewPlanAsync();
        var (admin, _) = await AsAsync(StaffRoles.Admin);
        var name = $"Renamed {Guid.NewGuid():N}"[..16];

        var form = await admin.GetAsync($"/admin/plans/{existingId}");
        var saved = await admin.PostAsync($"/admin/plans/{existingId}", PlanForm(Reader.AntiforgeryToken(form.Html), name));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var after = await PlanAsync(existingId);
        Assert.Equal((name, 99L, 90), (after.Name, after.MonthlyAmountMinor ?? 0, after.TrialDays));
    }

    [Theory]
    [InlineData(Anonymous, false)]
    [InlineData(RegisteredReader, false)]
    [InlineData(StaffRoles.Contributor, false)]
    [InlineData(StaffRoles.Author, false)]
    [InlineData(StaffRoles.Editor, true)]
    [InlineData(StaffRoles.Admin, true)]
    public async Task Only_editors_and_admins_grant_complimentary_access(string who, bool allowed)
    {
        var email = TestAccounts.NewEmail("comp-target");
        var targetId = await TestAccounts.CreateConfirmedAsync(App, email);
        var (browser, token) = await AsAsync(who);

        var opened = await browser.GetAsync("/admin/complimentary");
        var posted = await browser.PostAsync("/admin/complimentary", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Email"] = email,
            ["Until"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var until = await App.WithDbAsync(db => db.Users.Where(u => u.Id == targetId).Select(u => u.ComplimentaryUntil).SingleAsync());

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, opened.Status);
            Assert.Equal(HttpStatusCode.Redirect, posted.Status);
            Assert.Equal("/admin/complimentary", posted.Location!.OriginalString);
            Assert.NotNull(until);
        }
        else
        {
            AssertRefused(who, opened);
            AssertRefused(who, posted);
            Assert.Null(until);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlanAndComplimentaryRulesOnSqlite(SqliteApp app) : PlanAndComplimentaryRulesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlanAndComplimentaryRulesOnPostgres(PostgresApp app) : PlanAndComplimentaryRulesTests(app);
