using Masthead.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Masthead.Web.Tests.Infrastructure;

/// <summary>
/// The app on a real PostgreSQL server named by MASTHEAD_TEST_POSTGRES (a connection string whose
/// user may create databases). Each run gets a database of its own, dropped at the end.
/// In CI the server is required: its absence fails the run instead of skipping.
/// </summary>
public sealed class PostgresApp : MastheadApp
{
    public const string Variable = "MASTHEAD_TEST_POSTGRES";
    private readonly string? connectionString;

    public PostgresApp()
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

        connectionString = new NpgsqlConnectionStringBuilder(configured)
        {
            Database = $"masthead_test_{Guid.NewGuid():N}"[..30],
        }.ConnectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string? ConnectionString => connectionString;

    public override async ValueTask DisposeAsync()
    {
        if (UnavailableReason is null)
        {
            await using (var scope = Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<MastheadDbContext>().Database.EnsureDeletedAsync();
            }

            NpgsqlConnection.ClearAllPools();
        }

        await base.DisposeAsync();
    }
}
