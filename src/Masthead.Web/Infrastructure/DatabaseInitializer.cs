using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Infrastructure.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Infrastructure;

/// <summary>
/// Before the server takes requests: apply migrations, make sure the staff roles exist, seed the
/// demo if asked. A hosted service, so it runs the same way under a test host as in production.
/// </summary>
public sealed class DatabaseInitializer(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
