using Masthead.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Web.Tests.Infrastructure;

/// <summary>Accounts made for one test, so tests never share a reader's state.</summary>
public static class TestAccounts
{
    public const string Password = "Test-reader-password-1";

    public static async Task<string> CreateConfirmedAsync(MastheadApp app, string email, string? role = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(' ', result.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }

        return user.Id;
    }

    public static string NewEmail(string purpose) => $"{purpose}-{Guid.NewGuid():N}@example.test";
}
