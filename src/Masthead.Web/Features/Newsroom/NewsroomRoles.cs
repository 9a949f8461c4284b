using System.Security.Claims;
using Masthead.Core.Publishing;
using Masthead.Web.Features.Accounts;

namespace Masthead.Web.Features.Newsroom;

public static class NewsroomRoles
{
    public const string AnyStaff = $"{StaffRoles.Contributor},{StaffRoles.Author},{StaffRoles.Editor},{StaffRoles.Admin}";

    /// <summary>The strongest newsroom role the user holds.</summary>
    public static StaffRole Of(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Admin) ? StaffRole.Admin
        : user.IsInRole(StaffRoles.Editor) ? StaffRole.Editor
        : user.IsInRole(StaffRoles.Author) ? StaffRole.Author
        : user.IsInRole(StaffRoles.Contributor) ? StaffRole.Contributor
        : StaffRole.None;
}
