using System.ComponentModel.DataAnnotations;
using Masthead.Core.Accounts;

namespace Masthead.Web.Features.Accounts;

/// <summary>The "Accounts" configuration section.</summary>
public sealed class AccountOptions : IValidatableObject
{
    /// <summary>Sign-in, sign-up and password-reset form posts allowed per client address per minute.</summary>
    [Range(1, 100_000)]
    public int FormPostsPerMinute { get; set; } = 10;

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a first lockout lasts; each further lockout within a day of the last lasts twice as long.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>The longest a lockout lasts, however many came before it.</summary>
    [Range(1, 7 * 24 * 60)]
    public int MaxLockoutMinutes { get; set; } = 24 * 60;

    /// <summary>At most one confirmation mail per account in this many minutes, however often an unconfirmed reader tries to log in.</summary>
    [Range(0, 24 * 60)]
    public int ConfirmationMailMinutes { get; set; } = 5;

    /// <summary>How often a signed-in session is checked against the account, so role changes and sign-outs elsewhere reach it.</summary>
    [Range(0, 24 * 60 * 60)]
    public int SessionCheckSeconds { get; set; } = 60;

    public LockoutRules Lockouts => new(TimeSpan.FromMinutes(LockoutMinutes), TimeSpan.FromMinutes(MaxLockoutMinutes));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxLockoutMinutes < LockoutMinutes)
        {
            yield return new ValidationResult("Accounts:MaxLockoutMinutes must be at least Accounts:LockoutMinutes.", [nameof(MaxLockoutMinutes)]);
        }
    }
}
