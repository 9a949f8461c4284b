using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Mail;
using Masthead.Web.Tests.Infrastructure;

namespace Masthead.Web.Tests.Mail;

/// <summary>The app configured, as in production, with Mail:Smtp:* pointing at a real SMTP server that requires sign-in.</summary>
public sealed class SmtpApp : MastheadApp
{
    public const string SmtpUser = "masthead-app";
    public const string SmtpPassword = "app-smtp-password-1";

    public TestSmtpServer Smtp { get; private set; } = null!;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Mail:Smtp:Host"] = Smtp.Host,
        ["Mail:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
        ["Mail:Smtp:Username"] = SmtpUser,
        ["Mail:Smtp:Password"] = SmtpPassword,
    };

    public override async ValueTask InitializeAsync()
    {
        Smtp = await TestSmtpServer.StartAsync(SmtpUser, SmtpPassword);
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class SmtpSignUpTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    [Fact]
    public async Task Signing_up_sends_the_confirmation_mail_through_SMTP_and_its_link_confirms_the_address()
    {
        var email = TestAccounts.NewEmail("smtp");
        using var reader = app.NewReader();

        var signedUp = await reader.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a long enough password",
            ["Input.ConfirmPassword"] = "a long enough password",
        });
        Assert.Equal("/account/check-email", signedUp.Location?.OriginalString);

        var mail = await app.Smtp.WaitForAsync(email, "Confirm your e-mail address");
        Assert.Equal(SmtpApp.SmtpUser, mail.User);
        Assert.Equal([email], mail.EnvelopeTo);
        Assert.IsType<SmtpMailer>(app.Service<IMailer>());
        Assert.Equal(0, MailPickup.CountTo(app, email));

        var confirmed = await reader.GetAsync(MailPickup.FirstLinkPath(mail.Message));
        Assert.Equal("E-mail address confirmed", confirmed.Document.QuerySelector("main h1")!.TextContent);
        await reader.SignInAsync(email, "a long enough password");
    }
}
