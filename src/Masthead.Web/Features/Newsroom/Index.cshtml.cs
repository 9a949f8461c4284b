using Masthead.Web.Data;
using Masthead.Web.Features.Paywall;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom;

/// <summary>The newsroom's story list: by status, searchable by headline, newest change first.</summary>
[Authorize(Roles = NewsroomRoles.AnyStaff)]
public sealed class IndexModel(MastheadDbContext db) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public ArticleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Article> Stories { get; private set; } = [];

    public bool HasMore { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.Articles.AsNoTracking().Include(a => a.Section).AsQueryable();
        if (Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), where culture does not apply
            query = query.Where(a => a.Headline.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var rows = await query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Stories = rows.Take(PageSize).ToList();
    }

    public string? CurrentUserId => ReaderResolver.UserId(User);
}
