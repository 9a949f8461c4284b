using Masthead.Core.Subscriptions;
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

    /// <summary>Records a subscription in the state a payment provider would have left it.</summary>
    public static async Task AddSubscriptionAsync(
        MastheadApp app, string userId, SubscriptionStatus status, DateTimeOffset periodEnd,
        DateTimeOffset? failedAt = null, bool cancelAtPeriodEnd = false)
    {
        await app.WithDbAsync(async db =>
        {
            db.Subscriptions.Add(new SubscriptionRecord
            {
                UserId = userId,
                PlanName = "Monthly",
                Status = status,
                CurrentPeriodEnd = periodEnd,
                CancelAtPeriodEnd = cancelAtPeriodEnd,
                PaymentFailedAt = failedAt,
                CreatedAt = DateTimeOffset.UtcNow.AddMonths(-2),
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        });
    }

    /// <summary>A new signed-up, confirmed account holding a subscription in the given state.</summary>
    public static async Task<string> CreateSubscriberAsync(
        MastheadApp app, SubscriptionStatus status, DateTimeOffset periodEnd, DateTimeOffset? failedAt = null, bool cancelAtPeriodEnd = false)
    {
        var email = NewEmail(status.ToString().ToLowerInvariant());
        var userId = await CreateConfirmedAsync(app, email);
        await AddSubscriptionAsync(app, userId, status, periodEnd, failedAt, cancelAtPeriodEnd);
        return email;
    }

    public static string NewEmail(string purpose) => $"{purpose}-{Guid.NewGuid():N}@example.test";
}
