using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Mail;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Masthead.Web.Tests.Mail;

/// <summary>
/// The app sending through a <see cref="RecordingMailer"/>, retrying a second after a failure, and
/// polling so seldom that mail goes out within a test only if the sender is woken for it.
/// </summary>
public abstract class OutboxApp : MastheadApp
{
    public RecordingMailer Mailer { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Outbox:FirstRetry", "00:00:01");
        builder.UseSetting("Mail:Outbox:PollInterval", "01:00:00");
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IMailer>(Mailer)));
    }
}

public sealed class SqliteOutboxApp : OutboxApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;
}

public sealed class PostgresOutboxApp : OutboxApp
{
    private readonly PostgresDatabase database = new();

    public PostgresOutboxApp() => UnavailableReason = database.UnavailableReason;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string? ConnectionString => database.ConnectionString;

    public override async ValueTask DisposeAsync()
    {
        await database.DropAsync(this);
        await base.DisposeAsync();
    }
}
