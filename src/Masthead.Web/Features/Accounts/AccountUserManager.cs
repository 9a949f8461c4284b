using Masthead.Core.Accounts;
using Masthead.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Accounts;

/// <summary>
/// Identity's user manager, with lockouts that back off (<see cref="LockoutPolicy"/>) and run on the
/// site's clock, and a password check to spend where there is no account to check against.
/// </summary>
public sealed class AccountUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> identityOptions,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    PasswordDecoy decoy,
    TimeProvider clock,
    IOptions<AccountOptions> accounts)
    : UserManager<AppUser>(store, identityOptions, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    /// <summary>Costs what <see cref="UserManager{TUser}.CheckPasswordAsync"/> costs, and checks nothing.</summary>
    public void CheckDecoyPassword(string password) => decoy.Check(PasswordHasher, password);

    public override async Task<IdentityResult> AccessFailedAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var lockouts = (IUserLockoutStore<AppUser>)Store;
        if (await lockouts.IncrementAccessFailedCountAsync(user, CancellationToken) >= Options.Lockout.MaxFailedAccessAttempts)
        {
            var lockout = LockoutPolicy.Next(new LockoutHistory(user.LockoutStreak, user.LastLockedOutAt), clock.GetUtcNow(), accounts.Value.Lockouts);
            user.LockoutStreak = lockout.History.Streak;
            user.LastLockedOutAt = lockout.History.LastLockedAt;
            await lockouts.SetLockoutEndDateAsync(user, lockout.Until, CancellationToken);
            await lockouts.ResetAccessFailedCountAsync(user, CancellationToken);
            Logger.LogWarning("Account {UserId} locked until {Until} (lockout {Streak} in a row)", user.Id, lockout.Until, lockout.History.Streak);
        }

        return await UpdateUserAsync(user);
    }

    public override async Task<bool> IsLockedOutAsync(AppUser user) =>
        await GetLockoutEnabledAsync(user) && await GetLockoutEndDateAsync(user) is { } end && end > clock.GetUtcNow();

    /// <summary>A reset password proves the owner: the lockout ends at once (the run of lockouts is kept, so guessing stays slow).</summary>
    public async Task<IdentityResult> LiftLockoutAsync(AppUser user)
    {
        var lockouts = (IUserLockoutStore<AppUser>)Store;
        await lockouts.SetLockoutEndDateAsync(user, null, CancellationToken);
        await lockouts.ResetAccessFailedCountAsync(user, CancellationToken);
        return await UpdateUserAsync(user);
    }
}
