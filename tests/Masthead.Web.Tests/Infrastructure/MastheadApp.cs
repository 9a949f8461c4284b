using System.Net;
using Masthead.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Web.Tests.Infrastructure;

/// <summary>
/// The real app, hosted for tests, on one database provider, with its own data folder (SQLite file,
/// keys, mail pickup, media) and the demo publication seeded.
/// </summary>
public abstract class MastheadApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Test-demo-password-1";
    public const string DemoDomain = "meridian-wire.test";

    /// <summary>The site's public origin in tests; outside Development it is also the only host name the site answers to.</summary>
    public const string Origin = "http://masthead.test";

    private readonly bool ownsData;

    protected MastheadApp()
        : this(null)
    {
    }

    /// <param name="dataPath">Another app's data folder, to start the site again on the same data; null for a fresh one.</param>
    protected MastheadApp(string? dataPath)
    {
        ownsData = dataPath is null;
        DataPath = dataPath ?? Directory.CreateTempSubdirectory("masthead-test-").FullName;
        ClientOptions.BaseAddress = new Uri(Origin);
    }

    public string DataPath { get; }

    public string MailPickup => Path.Combine(DataPath, "mail");

    /// <summary>Null when the provider's server is not available here (only ever outside CI).</summary>
    public string? UnavailableReason { get; protected set; }

    public abstract DatabaseProvider Provider { get; }

    protected abstract string? ConnectionString { get; }

    /// <summary>Publication:BaseUrl; an app served on a real port overrides it with that port's address.</summary>
    protected virtual string PublicOrigin => Origin;

    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public virtual ValueTask InitializeAsync()
    {
        if (UnavailableReason is null)
        {
            // Starts the host: migrations and demo seeding run before the first test.
            _ = Services;
        }

        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Masthead", ConnectionString ?? "");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Demo:EmailDomain", DemoDomain);
        builder.UseSetting("Accounts:FormPostsPerMinute", "100000");
        builder.UseSetting("Accounts:SessionCheckSeconds", "0");
        builder.UseSetting("Publication:BaseUrl", PublicOrigin);
        builder.UseSetting("Billing:Provider", "Sandbox");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task WithDbAsync(Func<MastheadDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<MastheadDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<MastheadDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MastheadDbContext>());
    }

    /// <summary>A browser-like client of its own: own cookies, redirects left to the test.</summary>
    public Reader NewReader()
    {
        var cookies = new CookieContainer();
        var client = CreateDefaultClient(ClientOptions.BaseAddress, new CookieContainerHandler(cookies));
        return new Reader(client, cookies, ClientOptions.BaseAddress);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (!ownsData)
        {
            return;
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the runtime only leaves a folder in the temp directory.
        }
    }
}

public sealed class SqliteApp : MastheadApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;
}
