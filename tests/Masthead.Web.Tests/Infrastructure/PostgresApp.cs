using Masthead.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Masthead.Web.Tests.Infrastructure;

/// <summary>
/// A database of its own on the PostgreSQL server named by MASTHEAD_TEST_POSTGRES (a connection string
/// whose user may create databases), dropped at the end. In CI the server is required: its absence
/// fails the run instead of skipping.
/// </summary>
public sealed class PostgresDatabase
{
    public const string Variable = "MASTHEAD_TEST_POSTGRES";

    public PostgresDatabase()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (TestEnvironment.IsCi)
            {
                throw new InvalidOperationException($"CI requires PostgreSQL: set {Variable} (.ci/run does).");
            }

            UnavailableReason = $"PostgreSQL tests need {Variable}; see the README's Testing section.";
            return;
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(configured)
        {
            Database = $"masthead_test_{Guid.NewGuid():N}"[..30],
        }.ConnectionString;
    }

    public string? ConnectionString { get; }

    public string? UnavailableReason { get; }

    public async Task DropAsync(MastheadApp app)
    {
        if (UnavailableReason is not null)
        {
            return;
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MastheadDbContext>().Database.EnsureDeletedAsync();
        }

        NpgsqlConnection.ClearAllPools();
    }
}

/// <summary>The shared app on PostgreSQL.</summary>
public sealed class PostgresApp : MastheadApp
{
    private readonly PostgresDatabase database = new();

    public PostgresApp() => UnavailableReason = database.UnavailableReason;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string? ConnectionString => database.ConnectionString;

    public override async ValueTask DisposeAsync()
    {
        await database.DropAsync(this);
        await base.DisposeAsync();
    }
}
