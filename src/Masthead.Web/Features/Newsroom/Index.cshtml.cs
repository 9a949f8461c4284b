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

    /// <summary>A section's slug.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Section { get; set; }

    /// <summary>An author's slug.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Author { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Article> Stories { get; private set; } = [];
    public IReadOnlyList<Section> Sections { get; private set; } = [];
    public IReadOnlyList<Author> Authors { get; private set; } = [];

    public bool HasMore { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        Authors = await db.Authors.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var query = db.Articles.AsNoTracking().Include(a => a.Section).Include(a => a.Authors).AsQueryable();
        if (Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (!string.IsNullOrEmpty(Section))
        {
            query = query.Where(a => a.Section.Slug == Section);
        }

        if (!string.IsNullOrEmpty(Author))
        {
            query = query.Where(a => a.Authors.Any(x => x.Slug == Author));
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

    /// <summary>This list's address with one thing changed; the other filters stay.</summary>
    public string Link(ArticleStatus? status, int page)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("status", status?.ToString());
        Add("section", Section);
        Add("author", Author);
        Add("q", Q);
        Add("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return query.Count == 0 ? "/newsroom" : "/newsroom?" + string.Join('&', query);
    }
}
