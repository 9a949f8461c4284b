using Microsoft.AspNetCore.Identity;

namespace Masthead.Web.Data;

public sealed class AppUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>End of a complimentary subscription granted by staff.</summary>
    public DateTimeOffset? ComplimentaryUntil { get; set; }

    /// <summary>When a confirmation link was last queued, so trying to log in cannot flood the address with them.</summary>
    public DateTimeOffset? ConfirmationMailSentAt { get; set; }

    /// <summary>Lockouts in a row, each within a day of the one before (see Masthead.Core.Accounts.LockoutPolicy).</summary>
    public int LockoutStreak { get; set; }

    /// <summary>When the latest lockout began.</summary>
    public DateTimeOffset? LastLockedOutAt { get; set; }
}
