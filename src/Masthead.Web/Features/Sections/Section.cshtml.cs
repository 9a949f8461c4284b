using Masthead.Web.Data;
using Masthead.Web.Features.Articles;
using Masthead.Web.Features.Shared;
using Masthead.Web.Infrastructure;
using Masthead.Web.Infrastructure.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Sections;

public sealed class SectionModel(MastheadDbContext db, IMediaStorage media, SiteUrls urls, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    public Section Section { get; private set; } = null!;
    public IReadOnlyList<ArticleCard> Cards { get; private set; } = [];
    public string CanonicalUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var section = await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        Section = section;
        var articles = await db.Articles.Published(clock.GetUtcNow()).Where(a => a.SectionId == section.Id)
            .ForCards().Take(PageSize).ToListAsync(cancellationToken);
        Cards = articles.Select(a => ArticleCard.From(a, media, "(min-width: 60rem) 20rem, 100vw")).ToList();
        CanonicalUrl = urls.Absolute(SiteUrls.Section(section.Slug));
        return Page();
    }
}
