using Masthead.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Masthead.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseRegistration
{
    public const string ConnectionName = "Masthead";

    /// <summary>
    /// Registers the context for the configured provider (<c>Database:Provider</c>, default SQLite) as
    /// <see cref="MastheadDbContext"/>. Without a connection string, SQLite uses masthead.db in the data folder.
    /// </summary>
    /// <remarks>
    /// Stories load their few authors, tags and corrections in one round trip: the collections are small,
    /// so one query beats several, and saying so keeps EF Core from warning about it on every request.
    /// Features hook into saving by registering an <see cref="IInterceptor"/> (the mail outbox does).
    /// </remarks>
    public static IServiceCollection AddMastheadDatabase(this IServiceCollection services, IConfiguration configuration, DataPaths paths)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connection = configuration.GetConnectionString(ConnectionName);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                connection = string.IsNullOrWhiteSpace(connection)
                    ? $"Data Source={Path.Combine(paths.Root, "masthead.db")}"
                    : connection;
                services.AddDbContext<MastheadDbContext, SqliteMastheadDbContext>((sp, o) => o
                    .UseSqlite(connection, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connection))
                {
                    throw new InvalidOperationException(
                        $"Database:Provider is Postgres but ConnectionStrings:{ConnectionName} is not set.");
                }

                services.AddDbContext<MastheadDbContext, PostgresMastheadDbContext>((sp, o) => o
                    .UseNpgsql(connection, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{provider}'.");
        }

        return services;
    }
}
