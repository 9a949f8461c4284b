using Masthead.Web.Infrastructure.Mail;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Web.Tests.Mail;

/// <summary>The app as configured out of the box: queued mail ends up in the pickup folder.</summary>
public abstract class OutboxDeliveryTests(MastheadApp app) : AppTests(app)
{
    [Fact]
    public async Task A_queued_mail_arrives_in_the_pickup_folder_and_is_marked_sent()
    {
        var to = TestAccounts.NewEmail("queued");

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MailOutbox>().QueueAsync(
                new OutgoingMail(to, "Grüße — queued ✉", "Plain text with ünïcödé.\n", "<p>HTML with ünïcödé.</p>"), TestContext.Current.CancellationToken);
        }

        var message = await MailPickup.WaitForAsync(App, to, "Grüße — queued ✉");
        var row = await Eventually.ReturnsAsync(
            () => App.WithDbAsync(db => db.OutboxMails.AsNoTracking().SingleAsync(m => m.To == to, TestContext.Current.CancellationToken)),
            r => r.SentAt is not null,
            "the row to be marked sent");
        Assert.Equal("Plain text with ünïcödé.\n", message.TextBody);
        Assert.Equal(1, row.Attempts);
        Assert.Contains($"<{message.MessageId}>", row.Message, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutboxDeliveryOnSqlite(SqliteApp app) : OutboxDeliveryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OutboxDeliveryOnPostgres(PostgresApp app) : OutboxDeliveryTests(app);
