using Masthead.Web.Data;
using Masthead.Web.Infrastructure;
using Masthead.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Billing;

/// <summary>
/// The e-mails that follow payments: receipts, failed charges, cards about to expire, a duplicate
/// subscription ended. Each is added to the outbox in the caller's unit of work, so it is sent if and
/// only if the billing change it reports commits, and no mail server slows the change down.
/// </summary>
public sealed class BillingMails(MastheadDbContext db, MailOutbox outbox, SiteUrls urls, IOptions<PublicationOptions> publication)
{
    private string Name => publication.Value.Name;

    public Task AddReceiptAsync(string userId, long amountMinor, string currency, string? number, DateTimeOffset paidAt, CancellationToken cancellationToken) =>
        AddAsync(userId, $"Your {Name} receipt",
            $"Thank you. We received {Money.Format(amountMinor, currency)} on {paidAt:d MMMM yyyy} for your subscription"
            + (number is null ? "." : $" (invoice {number})."),
            "Your receipts are on your account page", cancellationToken);

    public Task AddPaymentFailedAsync(string userId, long amountMinor, string currency, CancellationToken cancellationToken) =>
        AddAsync(userId, "We couldn't charge your card on file",
            $"We tried to take {Money.Format(amountMinor, currency)} for your {Name} subscription, but your card was declined. "
            + "You keep full access for a few days while you update it.",
            "Update your card on file", cancellationToken);

    public Task AddCardExpiringAsync(string userId, string brand, string last4, int month, int year, CancellationToken cancellationToken) =>
        AddAsync(userId, "Your card on file is about to expire",
            $"The {brand} card ending {last4} that pays for your {Name} subscription expires at the end of {month:00}/{year}.",
            "Update your card on file", cancellationToken);

    public Task AddDuplicateEndedAsync(string userId, DateTimeOffset startedAt, CancellationToken cancellationToken) =>
        AddAsync(userId, "We cancelled your second subscription",
            $"A second {Name} subscription was started for you on {startedAt:d MMMM yyyy} while you already had one, "
            + "so we cancelled it straight away and refunded in full anything it charged. Your first subscription carries on as before.",
            "See your subscription and receipts", cancellationToken);

    private async Task AddAsync(string userId, string subject, string body, string linkText, CancellationToken cancellationToken)
    {
        var to = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstAsync(cancellationToken) ?? "";
        outbox.Add(LinkMail.Compose(to, subject, body, urls.Absolute("/account"), linkText, null, Name));
    }
}
