using Masthead.Core.Publishing;

namespace Masthead.Core.Tests.Publishing;

public sealed class StoryPermissionsTests
{
    [Theory]
    [InlineData(StaffRole.None, true, false, false)]
    [InlineData(StaffRole.Contributor, true, true, false)]
    [InlineData(StaffRole.Contributor, false, false, false)]
    [InlineData(StaffRole.Author, true, true, true)]
    [InlineData(StaffRole.Author, false, false, false)]
    [InlineData(StaffRole.Editor, false, true, true)]
    [InlineData(StaffRole.Admin, false, true, true)]
    public void Roles_edit_and_publish_as_the_newsroom_rules_say(StaffRole role, bool ownStory, bool edit, bool publish)
    {
        Assert.Equal(edit, StoryPermissions.CanEdit(role, ownStory));
        Assert.Equal(publish, StoryPermissions.CanPublish(role, ownStory));
    }

    [Theory]
    [InlineData(StaffRole.Contributor, false)]
    [InlineData(StaffRole.Author, false)]
    [InlineData(StaffRole.Editor, true)]
    [InlineData(StaffRole.Admin, true)]
    public void Only_editors_and_admins_decide_who_a_story_is_for_and_when_and_correct_it(StaffRole role, bool allowed)
    {
        Assert.Equal(allowed, StoryPermissions.CanSetAccess(role));
        Assert.Equal(allowed, StoryPermissions.CanSchedule(role));
        Assert.Equal(allowed, StoryPermissions.CanCorrect(role));
        Assert.Equal(allowed, StoryPermissions.CanArrangeSite(role));
    }

    [Theory]
    [InlineData(StaffRole.None, false, false)]
    [InlineData(StaffRole.None, true, false)]
    [InlineData(StaffRole.Contributor, false, true)]
    [InlineData(StaffRole.Contributor, true, false)]
    [InlineData(StaffRole.Author, false, true)]
    [InlineData(StaffRole.Author, true, false)]
    [InlineData(StaffRole.Editor, false, true)]
    [InlineData(StaffRole.Editor, true, true)]
    [InlineData(StaffRole.Admin, false, true)]
    [InlineData(StaffRole.Admin, true, true)]
    public void Only_editors_and_admins_change_the_words_of_a_picture_a_published_story_shows(StaffRole role, bool shownByPublishedStory, bool allowed)
    {
        Assert.Equal(allowed, StoryPermissions.CanEditPicture(role, shownByPublishedStory));
    }
}
