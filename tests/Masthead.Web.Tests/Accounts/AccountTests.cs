using System.Net;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Tests.Infrastructure;

namespace Masthead.Web.Tests.Accounts;

public abstract class AccountTests(MastheadApp app) : AppTests(app)
{
    private const string GatedArticle = "/articles/caldry-hospital-ransomware-attack";

    [Fact]
    public async Task A_reader_signs_up_confirms_by_the_mailed_link_signs_in_and_out()
    {
        var email = TestAccounts.NewEmail("journey");
        using var reader = App.NewReader();

        var signedUp = await reader.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a long enough password",
            ["Input.ConfirmPassword"] = "a long enough password",
        });
        Assert.Equal("/account/check-email", signedUp.Location?.OriginalString);

        var tooEarly = await reader.SubmitAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a long enough password",
        });
        Assert.Contains("Please confirm your e-mail address first", tooEarly.DecodedHtml, StringComparison.Ordinal);

        var mail = await MailPickup.WaitForAsync(App, email, "Confirm your e-mail address");
        var confirmed = await reader.GetAsync(MailPickup.FirstLinkPath(mail));
        Assert.Equal("E-mail address confirmed", confirmed.Document.QuerySelector("main h1")!.TextContent);

        var signedIn = await reader.SignInAsync(email, "a long enough password", GatedArticle);
        Assert.Equal(GatedArticle, signedIn.Location?.OriginalString);
        var article = await reader.GetAsync(GatedArticle);
        Assert.NotNull(article.Document.QuerySelector("form[action='/account/logout']"));
        Assert.Null(article.Document.QuerySelector(".site-header a.button-login"));

        var token = Reader.AntiforgeryToken(article.Html);
        var signedOut = await reader.PostAsync("/account/logout", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.Equal("Log in", (await reader.GetAsync("/")).Document.QuerySelector(".site-header a.button-login")!.TextContent);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_answer()
    {
        using var reader = App.NewReader();

        var wrongPassword = await TrySignInAsync(reader, DemoEmail("reader"), "not the password at all");
        var unknown = await TrySignInAsync(reader, TestAccounts.NewEmail("nobody"), "not the password at all");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.Status);
        Assert.Equal(ErrorText(wrongPassword), ErrorText(unknown));
        Assert.Contains(LoginModel.FailureMessage, ErrorText(wrongPassword), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_against_the_right_password()
    {
        var email = TestAccounts.NewEmail("lockout");
        await TestAccounts.CreateConfirmedAsync(App, email);
        using var reader = App.NewReader();
        for (var i = 0; i < 5; i++)
        {
            await TrySignInAsync(reader, email, "wrong password number " + i);
        }

        var withRightPassword = await TrySignInAsync(reader, email, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, withRightPassword.Status);
        Assert.Contains(LoginModel.FailureMessage, ErrorText(withRightPassword), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_up_with_a_known_address_answers_as_for_a_new_one_and_mails_the_owner()
    {
        var email = TestAccounts.NewEmail("known");
        await TestAccounts.CreateConfirmedAsync(App, email);
        using var reader = App.NewReader();

        var page = await reader.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "another long password",
            ["Input.ConfirmPassword"] = "another long password",
        });

        Assert.Equal("/account/check-email", page.Location?.OriginalString);
        await MailPickup.WaitForAsync(App, email, "You already have");
    }

    [Fact]
    public async Task Invalid_sign_up_input_gets_form_messages_and_creates_nothing()
    {
        var email = TestAccounts.NewEmail("invalid");
        using var reader = App.NewReader();

        var page = await reader.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = "not-an-address",
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "different",
        });
        var mismatch = await reader.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "long enough password",
            ["Input.ConfirmPassword"] = "long enough passw0rd",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Enter an e-mail address like name@example.com.", page.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Use at least 10 characters", page.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("The two passwords don't match.", mismatch.DecodedHtml, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.OutboxMails, m => m.To == email)));
        Assert.False(await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users, u => u.Email == email)));
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        using var reader = App.NewReader();

        var page = await reader.PostAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoEmail("reader"),
            ["Input.Password"] = MastheadApp.DemoPassword,
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    public async Task Sign_in_never_returns_to_another_site(string returnUrl)
    {
        using var reader = App.NewReader();

        var page = await reader.SignInAsync(DemoEmail("reader"), MastheadApp.DemoPassword, returnUrl);

        Assert.Equal("/", page.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/articles/café", "/articles/caf%C3%A9")]
    [InlineData("/新闻?q=ü ü", "/%E6%96%B0%E9%97%BB?q=%C3%BC%20%C3%BC")]
    [InlineData("/articles/caf%C3%A9", "/articles/caf%C3%A9")]
    public async Task Sign_in_returns_to_a_local_address_with_other_than_ascii_characters_percent_encoded(string returnUrl, string expected)
    {
        using var reader = App.NewReader();

        var page = await reader.SignInAsync(DemoEmail("reader"), MastheadApp.DemoPassword, returnUrl);

        Assert.Equal(expected, page.Location?.OriginalString);
    }

    [Fact]
    public async Task Sixteen_sign_ups_of_one_address_at_once_make_one_account_and_all_answer_alike()
    {
        var email = TestAccounts.NewEmail("race");
        var readers = Enumerable.Range(0, 16).Select(_ => App.NewReader()).ToList();
        var forms = await Task.WhenAll(readers.Select(r => r.GetAsync("/account/register")));

        var pages = await Task.WhenAll(readers.Select((r, i) => r.PostAsync("/account/register", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(forms[i].Html),
            ["Input.Email"] = email,
            ["Input.Password"] = "a long enough password",
            ["Input.ConfirmPassword"] = "a long enough password",
        })));
        readers.ForEach(r => r.Dispose());

        Assert.All(pages, p => Assert.Equal((HttpStatusCode.Redirect, "/account/check-email"), (p.Status, p.Location?.OriginalString)));
        Assert.Equal(1, await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users, u => u.Email == email)));
        var subjects = await Eventually.ReturnsAsync(() => Task.FromResult(MailPickup.SubjectsTo(App, email)), s => s.Count >= 16, "sixteen mails");
        Assert.Single(subjects, s => s.StartsWith("Confirm your e-mail address", StringComparison.Ordinal));
        Assert.Equal(15, subjects.Count(s => s.StartsWith("You already have", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_password_reset_by_mailed_link_works_and_unknown_addresses_get_the_same_answer()
    {
        var email = TestAccounts.NewEmail("reset");
        await TestAccounts.CreateConfirmedAsync(App, email);
        using var reader = App.NewReader();

        var known = await reader.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var unknown = await reader.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = TestAccounts.NewEmail("ghost") });
        Assert.Equal(known.Document.QuerySelector(".notice")!.TextContent, unknown.Document.QuerySelector(".notice")!.TextContent);

        var link = MailPickup.FirstLinkPath(await MailPickup.WaitForAsync(App, email, "Reset your"));
        var form = await reader.GetAsync(link);
        var reset = await reader.PostAsync("/account/reset-password", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(form.Html),
            ["Input.Email"] = form.Document.QuerySelector("input[name='Input.Email']")!.GetAttribute("value")!,
            ["Input.Code"] = form.Document.QuerySelector("input[name='Input.Code']")!.GetAttribute("value")!,
            ["Input.Password"] = "a brand new password",
            ["Input.ConfirmPassword"] = "a brand new password",
        });

        Assert.Contains("Your password has been changed.", reset.DecodedHtml, StringComparison.Ordinal);
        using var again = App.NewReader();
        await again.SignInAsync(email, "a brand new password");
    }

    [Fact]
    public async Task The_account_page_needs_a_signed_in_reader_and_shows_the_subscription()
    {
        using var anonymous = App.NewReader();
        var redirected = await anonymous.GetAsync("/account");
        using var subscriber = await SignedInAsync("subscriber");
        var page = await subscriber.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, redirected.Status);
        Assert.StartsWith($"{MastheadApp.Origin}/account/login", redirected.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains(DemoEmail("subscriber"), page.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Active", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private static Task<Page> TrySignInAsync(Reader reader, string email, string password) =>
        reader.SubmitAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private static string ErrorText(Page page) => page.Document.QuerySelector(".form-errors")?.TextContent.Trim() ?? "";
}

[Collection(SqliteCollection.Name)]
public sealed class AccountsOnSqlite(SqliteApp app) : AccountTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccountsOnPostgres(PostgresApp app) : AccountTests(app);
