using Masthead.Core.Publishing;

namespace Masthead.Web.Features.Newsroom;

/// <summary>What a save asks for, beyond storing the form.</summary>
public enum StoryChange
{
    Save,
    Autosave,
    Submit,
    Publish,
    Schedule,
    Unpublish,
    Restore,
}

/// <summary>The member of staff saving, as the rules see them.</summary>
public sealed record Staff(string? UserId, string Name, StaffRole Role);

/// <summary>How a save went: the saved story, or the problems (by form field) that stopped it.</summary>
public sealed record SaveOutcome(Data.Article? Story, bool Forbidden, IReadOnlyList<KeyValuePair<string, string>> Problems)
{
    public bool Saved => Story is not null && !Forbidden && Problems.Count == 0;
}
