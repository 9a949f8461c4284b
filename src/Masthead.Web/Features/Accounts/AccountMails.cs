using System.Text;
using Masthead.Web.Data;
using Masthead.Web.Infrastructure;
using Masthead.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Accounts;

/// <summary>The e-mails that belong to an account: confirm, reset, and "you already have an account".</summary>
public sealed class AccountMails(UserManager<AppUser> users, IMailer mailer, SiteUrls urls, IOptions<PublicationOptions> publication)
{
    private string Name => publication.Value.Name;

    public async Task SendConfirmationAsync(AppUser user, string? returnUrl, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = urls.Absolute($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={code}"
            + (returnUrl is null ? "" : $"&returnUrl={Uri.EscapeDataString(returnUrl)}"));
        await SendAsync(user.Email!, $"Confirm your e-mail address for {Name}",
            $"Welcome to {Name}. Confirm your e-mail address to finish creating your account:",
            link, "Confirm my e-mail address",
            "If you did not create an account, you can ignore this message.", cancellationToken);
    }

    public async Task SendPasswordResetAsync(AppUser user, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = urls.Absolute($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}");
        await SendAsync(user.Email!, $"Reset your {Name} password",
            "Someone asked to reset the password for this address. To choose a new password, open this link:",
            link, "Choose a new password",
            "If it wasn't you, ignore this message; your password stays as it is.", cancellationToken);
    }

    public Task SendAlreadyRegisteredAsync(string email, CancellationToken cancellationToken) =>
        SendAsync(email, $"You already have a {Name} account",
            "Someone tried to create an account with this address, but you already have one. Log in here:",
            urls.Absolute("/account/login"), "Log in",
            "Forgotten your password? Use \"Forgot your password?\" on the log-in page. If this wasn't you, ignore this message.",
            cancellationToken);

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private Task SendAsync(string to, string subject, string intro, string link, string linkText, string outro, CancellationToken cancellationToken) =>
        mailer.SendAsync(LinkMail.Compose(to, subject, intro, link, linkText, outro, Name), cancellationToken);
}
