namespace Masthead.Core.Publishing;

/// <summary>Newsroom roles, weakest first.</summary>
public enum StaffRole
{
    None,
    Contributor,
    Author,
    Editor,
    Admin,
}

/// <summary>Who may do what to a story. Pages ask this; the server enforces it on every post.</summary>
public static class StoryPermissions
{
    /// <summary>Contributors and authors work on their own stories; editors and admins on any.</summary>
    public static bool CanEdit(StaffRole role, bool ownStory) => role >= StaffRole.Editor || (role >= StaffRole.Contributor && ownStory);

    /// <summary>Authors publish their own stories; editors and admins publish any. Contributors submit for review.</summary>
    public static bool CanPublish(StaffRole role, bool ownStory) => role >= StaffRole.Editor || (role == StaffRole.Author && ownStory);

    /// <summary>Who a story is for (access level, metering, preview length) is an editor's call.</summary>
    public static bool CanSetAccess(StaffRole role) => role >= StaffRole.Editor;

    /// <summary>Choosing when a story goes out is an editor's call, like who it is for.</summary>
    public static bool CanSchedule(StaffRole role) => role >= StaffRole.Editor;

    /// <summary>Corrections speak for the publication: editors and admins append them.</summary>
    public static bool CanCorrect(StaffRole role) => role >= StaffRole.Editor;

    /// <summary>Editors and admins pin the home page's lead stories and manage sections and tags.</summary>
    public static bool CanArrangeSite(StaffRole role) => role >= StaffRole.Editor;

    /// <summary>
    /// A picture's alt text, caption and credit are part of every published story that shows it, so changing
    /// them there is an editor's call, like editing the story; anyone on the staff may fix the others.
    /// </summary>
    public static bool CanEditPicture(StaffRole role, bool shownByPublishedStory) =>
        role >= StaffRole.Editor || (role >= StaffRole.Contributor && !shownByPublishedStory);
}
