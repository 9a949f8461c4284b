using System.ComponentModel.DataAnnotations;

namespace Masthead.Web.Features.Accounts;

/// <summary>The "Accounts" configuration section.</summary>
public sealed class AccountOptions
{
    /// <summary>Sign-in, sign-up and password-reset form posts allowed per client address per minute.</summary>
    [Range(1, 100_000)]
    public int FormPostsPerMinute { get; set; } = 10;

    /// <summary>Failed sign-ins before the account is locked for <see cref="LockoutMinutes"/>.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How often a signed-in session is checked against the account, so role changes and sign-outs elsewhere reach it.</summary>
    [Range(0, 24 * 60 * 60)]
    public int SessionCheckSeconds { get; set; } = 60;
}
