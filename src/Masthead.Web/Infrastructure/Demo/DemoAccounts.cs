using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Infrastructure.Demo;

/// <summary>
/// One demo account for each kind of reader the paywall tells apart, plus an editor and an admin.
/// Their subscriptions are stated relative to now, so the demo shows the same states whenever it runs.
/// </summary>
public sealed class DemoAccounts(UserManager<AppUser> users, MastheadDbContext db, TimeProvider clock, IOptions<DemoOptions> options)
{
    public static readonly string[] Names = ["reader", "subscriber", "lapsed", "editor", "admin"];

    public string Email(string name) => $"{name}@{options.Value.EmailDomain}";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Password))
        {
            throw new InvalidOperationException("Demo:Seed is on but Demo:Password is empty.");
        }

        var now = clock.GetUtcNow();
        foreach (var name in Names)
        {
            if (await users.FindByEmailAsync(Email(name)) is not null)
            {
                continue;
            }

            var user = new AppUser { UserName = Email(name), Email = Email(name), EmailConfirmed = true, CreatedAt = now };
            var created = await users.CreateAsync(user, options.Value.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {name}: {string.Join(' ', created.Errors.Select(e => e.Description))}");
            }

            switch (name)
            {
                case "subscriber":
                    AddSubscription(user, SubscriptionStatus.Active, now.AddDays(21), null, now.AddMonths(-5));
                    break;
                case "lapsed":
                    // Renewal failed ten days ago: past due, with the seven-day grace over.
                    AddSubscription(user, SubscriptionStatus.PastDue, now.AddDays(-10), now.AddDays(-10), now.AddMonths(-8));
                    break;
                case "editor":
                    await users.AddToRoleAsync(user, StaffRoles.Editor);
                    break;
                case "admin":
                    await users.AddToRoleAsync(user, StaffRoles.Admin);
                    break;
                default:
                    break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddSubscription(AppUser user, SubscriptionStatus status, DateTimeOffset periodEnd, DateTimeOffset? failedAt, DateTimeOffset since) =>
        db.Subscriptions.Add(new SubscriptionRecord
        {
            UserId = user.Id,
            PlanName = "Monthly",
            Status = status,
            CurrentPeriodEnd = periodEnd,
            PaymentFailedAt = failedAt,
            CreatedAt = since,
            UpdatedAt = failedAt ?? since,
        });
}
