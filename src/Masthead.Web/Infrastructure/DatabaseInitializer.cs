using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Infrastructure.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Infrastructure;

/// <summary>On start: apply migrations, make sure the staff roles exist, seed the demo if asked.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<MastheadDbContext>().Database.MigrateAsync(cancellationToken);

        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await provider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
    }
}
