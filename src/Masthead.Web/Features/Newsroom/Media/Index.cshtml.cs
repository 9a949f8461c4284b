using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom.Media;

/// <summary>The media library: pictures and videos, searchable, with picture upload.</summary>
[Authorize(Roles = NewsroomRoles.AnyStaff)]
[RequestSizeLimit(MediaUploads.ImageRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaUploads.ImageRequestLimit)]
public sealed class IndexModel(MastheadDbContext db, ImageIntake intake, TimeProvider clock) : PageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public ImageUploadInput Upload { get; set; } = new();

    public IReadOnlyList<MediaImage> Images { get; private set; } = [];
    public IReadOnlyList<MediaVideo> Videos { get; private set; } = [];
    public bool HasMore { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var key = MediaUploads.NewKey();
        ImageIntakeResult result;
        await using (var stream = Upload.File!.OpenReadStream())
        {
            result = await intake.AcceptAsync(key, stream, cancellationToken);
        }

        if (result is not ImageIntakeResult.Accepted accepted)
        {
            ModelState.AddModelError("Upload.File", ((ImageIntakeResult.Rejected)result).Message);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var image = MediaUploads.Record(key, accepted, Upload.AltText, Upload.Caption, Upload.Credit, clock.GetUtcNow());
        db.Images.Add(image);
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Uploaded. Put it in a story body with ![{image.AltText}](media:{image.Id}) or choose it as a lead image.";
        return Redirect($"/newsroom/media#image-{image.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.Images.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), where culture does not apply
            query = query.Where(i => i.AltText.ToLower().Contains(term) || i.Caption.ToLower().Contains(term) || i.Credit.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var rows = await query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Images = rows.Take(PageSize).ToList();
        Videos = await db.Videos.AsNoTracking().Include(v => v.PosterImage).OrderByDescending(v => v.CreatedAt).Take(50).ToListAsync(cancellationToken);
    }
}
