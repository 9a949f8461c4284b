using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Masthead.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMastheadDbContext>
{
    public SqliteMastheadDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMastheadDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMastheadDbContext>
{
    public PostgresMastheadDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMastheadDbContext>().UseNpgsql("Host=localhost;Database=masthead_design").Options);
}
