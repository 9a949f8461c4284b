using Masthead.Web.Data;

namespace Masthead.Web.Features.Newsroom;

/// <summary>A story's status as the newsroom says it.</summary>
public static class StatusNames
{
    public static string For(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "Draft",
        ArticleStatus.InReview => "In review",
        ArticleStatus.Scheduled => "Scheduled",
        ArticleStatus.Published => "Published",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
