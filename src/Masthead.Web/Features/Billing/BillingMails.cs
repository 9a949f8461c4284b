using Masthead.Web.Infrastructure;
using Masthead.Web.Infrastructure.Mail;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Billing;

/// <summary>The e-mails that follow payments: receipts, failed charges, cards about to expire.</summary>
public sealed class BillingMails(IMailer mailer, SiteUrls urls, IOptions<PublicationOptions> publication)
{
    private string Name => publication.Value.Name;

    private string AccountUrl => urls.Absolute("/account");

    public Task ReceiptAsync(string to, long amountMinor, string currency, string? number, DateTimeOffset paidAt, CancellationToken cancellationToken) =>
        SendAsync(to, $"Your {Name} receipt",
            $"Thank you. We received {Money.Format(amountMinor, currency)} on {paidAt:d MMMM yyyy} for your subscription"
            + (number is null ? "." : $" (invoice {number})."),
            "Your receipts are on your account page", cancellationToken);

    public Task PaymentFailedAsync(string to, long amountMinor, string currency, CancellationToken cancellationToken) =>
        SendAsync(to, "We couldn't charge your card on file",
            $"We tried to take {Money.Format(amountMinor, currency)} for your {Name} subscription, but your card was declined. "
            + "You keep full access for a few days while you update it.",
            "Update your card on file", cancellationToken);

    public Task CardExpiringAsync(string to, string brand, string last4, int month, int year, CancellationToken cancellationToken) =>
        SendAsync(to, "Your card on file is about to expire",
            $"The {brand} card ending {last4} that pays for your {Name} subscription expires at the end of {month:00}/{year}.",
            "Update your card on file", cancellationToken);

    public Task DuplicateEndedAsync(string to, DateTimeOffset startedAt, CancellationToken cancellationToken) =>
        SendAsync(to, "We cancelled your second subscription",
            $"A second {Name} subscription was started for you on {startedAt:d MMMM yyyy} while you already had one, "
            + "so we cancelled it straight away and refunded in full anything it charged. Your first subscription carries on as before.",
            "See your subscription and receipts", cancellationToken);

    private Task SendAsync(string to, string subject, string body, string linkText, CancellationToken cancellationToken) =>
        mailer.SendAsync(LinkMail.Compose(to, subject, body, AccountUrl, linkText, null, Name), cancellationToken);
}
