using System.Text;
using Masthead.Web.Data;
using Masthead.Web.Infrastructure;
using Masthead.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Accounts;

/// <summary>
/// The e-mails that belong to an account: confirm, reset, and "you already have an account". They are
/// queued in the outbox, never sent on the request, so no answer waits on (or is timed by) a mail server.
/// </summary>
public sealed class AccountMails(
    UserManager<AppUser> users,
    MastheadDbContext db,
    MailOutbox outbox,
    SiteUrls urls,
    TimeProvider clock,
    IOptions<AccountOptions> accounts,
    IOptions<PublicationOptions> publication)
{
    private string Name => publication.Value.Name;

    /// <summary>The first confirmation link, for an account created with <see cref="AppUser.ConfirmationMailSentAt"/> set.</summary>
    public async Task QueueConfirmationAsync(AppUser user, string? returnUrl, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = urls.Absolute($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={code}"
            + (returnUrl is null ? "" : $"&returnUrl={Uri.EscapeDataString(returnUrl)}"));
        await QueueAsync(user.Email!, $"Confirm your e-mail address for {Name}",
            $"Welcome to {Name}. Confirm your e-mail address to finish creating your account:",
            link, "Confirm my e-mail address",
            "If you did not create an account, you can ignore this message.", cancellationToken);
    }

    /// <summary>
    /// A new confirmation link, unless one was queued within Accounts:ConfirmationMailMinutes. The claim
    /// is one conditional update, so readers trying to log in at once cannot both send.
    /// </summary>
    public async Task ResendConfirmationAsync(AppUser user, string? returnUrl, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var quietSince = now.AddMinutes(-accounts.Value.ConfirmationMailMinutes);
        var claimed = await db.Users
            .Where(u => u.Id == user.Id && (u.ConfirmationMailSentAt == null || u.ConfirmationMailSentAt <= quietSince))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ConfirmationMailSentAt, now), cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        // The tracked copy must agree, or a later save of the whole account would write the old time back;
        // it is already stored, so it is not saved again.
        var sentAt = db.Entry(user).Property(u => u.ConfirmationMailSentAt);
        sentAt.CurrentValue = now;
        sentAt.IsModified = false;
        await QueueConfirmationAsync(user, returnUrl, cancellationToken);
    }

    public async Task QueuePasswordResetAsync(AppUser user, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = urls.Absolute($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}");
        await QueueAsync(user.Email!, $"Reset your {Name} password",
            "Someone asked to reset the password for this address. To choose a new password, open this link:",
            link, "Choose a new password",
            "If it wasn't you, ignore this message; your password stays as it is.", cancellationToken);
    }

    public Task QueueAlreadyRegisteredAsync(string email, CancellationToken cancellationToken) =>
        QueueAsync(email, $"You already have a {Name} account",
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

    private Task QueueAsync(string to, string subject, string intro, string link, string linkText, string outro, CancellationToken cancellationToken) =>
        outbox.QueueAsync(LinkMail.Compose(to, subject, intro, link, linkText, outro, Name), cancellationToken);
}
