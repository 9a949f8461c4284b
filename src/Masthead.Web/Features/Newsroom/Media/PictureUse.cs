using System.Globalization;
using Masthead.Web.Data;
using Masthead.Web.Features.Articles;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom.Media;

/// <summary>Whether readers meet a library picture: as a published story's lead, or in its body.</summary>
public static class PictureUse
{
    public static async Task<bool> ShownByPublishedStoryAsync(MastheadDbContext db, int imageId, CancellationToken cancellationToken)
    {
        var published = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published);
        if (await published.AnyAsync(a => a.LeadImageId == imageId, cancellationToken))
        {
            return true;
        }

        // The database narrows the search to bodies that might refer to the picture ("media:…12)");
        // the renderer's own reading of references decides, so "media:012" counts and "media:120" does not.
        var ending = imageId.ToString(CultureInfo.InvariantCulture) + ")";
        var bodies = await published
            .Where(a => a.BodyMarkdown.Contains("media:") && a.BodyMarkdown.Contains(ending))
            .Select(a => a.BodyMarkdown)
            .ToListAsync(cancellationToken);
        return bodies.Any(body => BodyMedia.ImageIdsIn(body).Contains(imageId));
    }
}
