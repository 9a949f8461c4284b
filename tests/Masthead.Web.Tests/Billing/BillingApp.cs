using Masthead.Web.Data;
using Masthead.Web.Features.Billing.Providers.Sandbox;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Web.Tests.Billing;

/// <summary>
/// An app of its own for billing journeys, since they move the sandbox's test clock (and with it the
/// site's time). Sandbox webhooks travel over HTTP into the same app's webhook endpoint.
/// </summary>
public abstract class BillingApp : MastheadApp
{
    protected BillingApp()
    {
    }

    private BillingApp(string dataPath)
        : base(dataPath)
    {
    }

    /// <summary>Another node of the same site: its own process state, the same database and data folder.</summary>
    public BillingApp SecondNode() => new Node(Provider, ConnectionString, DataPath);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Billing:Provider", "Sandbox");
        builder.UseSetting("Billing:Sandbox:WebhookUrl", $"{Origin}/webhooks/sandbox");
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(SandboxWebhookSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler()));
    }

    public async Task AdvanceClockAsync(TimeSpan by)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SandboxTestClock>().AdvanceAsync(by, CancellationToken.None);
    }

    public DateTimeOffset Now => Service<TimeProvider>().GetUtcNow();

    private sealed class Node(DatabaseProvider provider, string? connectionString, string dataPath) : BillingApp(dataPath)
    {
        public override DatabaseProvider Provider => provider;

        protected override string? ConnectionString => connectionString;
    }
}

public sealed class SqliteBillingApp : BillingApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;
}

public sealed class PostgresBillingApp : BillingApp
{
    private readonly PostgresDatabase database = new();

    public PostgresBillingApp() => UnavailableReason = database.UnavailableReason;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string? ConnectionString => database.ConnectionString;

    public override async ValueTask DisposeAsync()
    {
        await database.DropAsync(this);
        await base.DisposeAsync();
    }
}
