using Masthead.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom.Media;

/// <summary>A library picture's alt text, caption and credit.</summary>
[Authorize(Roles = NewsroomRoles.AnyStaff)]
public sealed class ImageModel(MastheadDbContext db) : PageModel
{
    [BindProperty]
    public PictureDetails Input { get; set; } = new();

    public MediaImage Image { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Images.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } image)
        {
            return NotFound();
        }

        Image = image;
        Input = new PictureDetails { AltText = image.AltText, Caption = image.Caption, Credit = image.Credit };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Images.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } image)
        {
            return NotFound();
        }

        Image = image;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        image.AltText = Input.AltText.Trim();
        image.Caption = Input.Caption?.Trim() ?? "";
        image.Credit = Input.Credit?.Trim() ?? "";
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "Picture details saved. Stories show them from their next save.";
        return Redirect($"/newsroom/media#image-{image.Id}");
    }
}
