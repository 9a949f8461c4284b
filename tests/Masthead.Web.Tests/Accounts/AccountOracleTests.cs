using System.Diagnostics;
using System.Text.RegularExpressions;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Accounts;

/// <summary>
/// Nobody can tell from the answer, or from how long it took, whether an address has an account:
/// known and unknown addresses get the same page and cost about the same time.
/// </summary>
public abstract partial class AccountOracleTests(MastheadApp app) : AppTests(app)
{
    private const int Tries = 30;
    private const double MaxRatio = 1.5;
    private const string WrongPassword = "not the password at all";

    [Fact]
    public async Task Log_in_answers_a_known_address_and_an_unknown_one_alike_and_in_about_the_same_time()
    {
        var known = await AccountsAsync("timing-known");

        await AssertAlikeAsync(
            n => LogInAsync(known[n % known.Count], WrongPassword),
            _ => LogInAsync(TestAccounts.NewEmail("timing-unknown"), WrongPassword));
    }

    [Fact]
    public async Task Log_in_answers_a_locked_account_like_an_unlocked_one_given_a_wrong_password_and_in_about_the_same_time()
    {
        var locked = TestAccounts.NewEmail("timing-locked");
        await TestAccounts.CreateConfirmedAsync(App, locked);
        for (var i = 0; i < 5; i++)
        {
            await LogInAsync(locked, WrongPassword);
        }

        var unlocked = await AccountsAsync("timing-unlocked");

        await AssertAlikeAsync(
            _ => LogInAsync(locked, TestAccounts.Password),
            n => LogInAsync(unlocked[n % unlocked.Count], WrongPassword));
    }

    [Fact]
    public async Task Sign_up_answers_a_known_address_and_a_new_one_alike_and_in_about_the_same_time()
    {
        var known = TestAccounts.NewEmail("timing-signup");
        await TestAccounts.CreateConfirmedAsync(App, known);

        await AssertAlikeAsync(
            _ => SignUpAsync(known),
            _ => SignUpAsync(TestAccounts.NewEmail("timing-new")));
    }

    [Fact]
    public async Task Forgot_password_answers_a_known_address_and_an_unknown_one_alike_and_in_about_the_same_time()
    {
        var known = TestAccounts.NewEmail("timing-forgot");
        await TestAccounts.CreateConfirmedAsync(App, known);

        await AssertAlikeAsync(
            _ => ForgotAsync(known),
            _ => ForgotAsync(TestAccounts.NewEmail("timing-ghost")));
    }

    [Fact]
    public async Task A_wrong_password_on_an_unconfirmed_account_gets_the_ordinary_failure_and_no_mail()
    {
        var email = TestAccounts.NewEmail("unconfirmed");
        using var reader = App.NewReader();
        await reader.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "the right long password",
            ["Input.ConfirmPassword"] = "the right long password",
        });
        await MailPickup.WaitForAsync(App, email, "Confirm your e-mail address");

        var wrong = await LogInAsync(email, WrongPassword);
        var unknown = await LogInAsync(TestAccounts.NewEmail("nobody"), WrongPassword);

        Assert.Equal(Normalize(unknown.Answer), Normalize(wrong.Answer));
        Assert.Contains(LoginModel.FailureMessage, wrong.Answer.DecodedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("confirm your e-mail address", wrong.Answer.DecodedHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await MailsQueuedToAsync(email));
    }

    [Fact]
    public async Task The_right_password_on_an_unconfirmed_account_mails_a_new_link_at_most_once_in_a_while()
    {
        var email = TestAccounts.NewEmail("unconfirmed");
        using var reader = App.NewReader();
        await reader.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "the right long password",
            ["Input.ConfirmPassword"] = "the right long password",
        });

        var answers = new List<Attempt>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await LogInAsync(email, "the right long password"));
        }

        Assert.All(answers, a => Assert.Contains("We've sent you a new confirmation link", a.Answer.DecodedHtml, StringComparison.Ordinal));
        Assert.Single(answers.Select(a => Normalize(a.Answer)).Distinct());
        Assert.Equal(1, await MailsQueuedToAsync(email));
    }

    /// <summary>Every mail is written to the outbox by the request itself, so this count is final when the answer arrives.</summary>
    private Task<int> MailsQueuedToAsync(string email) =>
        App.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.To == email, TestContext.Current.CancellationToken));

    /// <summary>Enough confirmed accounts that <see cref="Tries"/> wrong passwords spread over them lock none.</summary>
    private async Task<List<string>> AccountsAsync(string purpose)
    {
        var emails = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            emails.Add(TestAccounts.NewEmail(purpose));
            await TestAccounts.CreateConfirmedAsync(App, emails[^1]);
        }

        return emails;
    }

    /// <summary>
    /// Same status and page (but for the antiforgery token and the address typed in), and medians of
    /// <see cref="Tries"/> timings within <see cref="MaxRatio"/> of each other, both ways. The two kinds
    /// take turns, so a busy moment on the machine slows both alike.
    /// </summary>
    private static async Task AssertAlikeAsync(Func<int, Task<Attempt>> first, Func<int, Task<Attempt>> second)
    {
        await first(0);
        await second(0);
        var firstTimes = new List<double>();
        var secondTimes = new List<double>();
        var answers = new HashSet<string>();
        for (var i = 1; i <= Tries; i++)
        {
            var one = await first(i);
            var other = await second(i);
            firstTimes.Add(one.Milliseconds);
            secondTimes.Add(other.Milliseconds);
            answers.Add(Normalize(one.Answer));
            answers.Add(Normalize(other.Answer));
        }

        Assert.Single(answers);
        var (a, b) = (Median(firstTimes), Median(secondTimes));
        var medians = $"Median {a:F1} ms for the first kind, {b:F1} ms for the second.";
        TestContext.Current.TestOutputHelper?.WriteLine(medians);
        Assert.True(a < b * MaxRatio && b < a * MaxRatio, medians);
    }

    private Task<Attempt> LogInAsync(string email, string password) =>
        TimedPostAsync("/account/login", email, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private Task<Attempt> SignUpAsync(string email) =>
        TimedPostAsync("/account/register", email, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a long enough password",
            ["Input.ConfirmPassword"] = "a long enough password",
        });

    private Task<Attempt> ForgotAsync(string email) =>
        TimedPostAsync("/account/forgot-password", email, new Dictionary<string, string> { ["Email"] = email });

    /// <summary>Times only the post, the way an outsider measuring the server would.</summary>
    private async Task<Attempt> TimedPostAsync(string path, string email, Dictionary<string, string> fields)
    {
        using var reader = App.NewReader();
        var form = await reader.GetAsync(path);
        fields["__RequestVerificationToken"] = Reader.AntiforgeryToken(form.Html);
        var watch = Stopwatch.StartNew();
        var page = await reader.PostAsync(path, fields);
        watch.Stop();
        return new Attempt(page with { Html = page.Html.Replace(email, "{email}", StringComparison.Ordinal) }, watch.Elapsed.TotalMilliseconds);
    }

    private static string Normalize(Page page) =>
        $"{(int)page.Status} {page.Location} {AntiforgeryValue().Replace(page.Html, "value=\"{token}\"")}";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Attempt(Page Answer, double Milliseconds);

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" type=\"hidden\" )value=\"[^\"]+\"")]
    private static partial Regex AntiforgeryValue();
}

[Collection(SqliteCollection.Name)]
public sealed class AccountOraclesOnSqlite(SqliteApp app) : AccountOracleTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccountOraclesOnPostgres(PostgresApp app) : AccountOracleTests(app);
