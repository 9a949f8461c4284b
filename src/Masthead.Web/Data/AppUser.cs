using Microsoft.AspNetCore.Identity;

namespace Masthead.Web.Data;

public sealed class AppUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>End of a complimentary subscription granted by staff.</summary>
    public DateTimeOffset? ComplimentaryUntil { get; set; }
}
