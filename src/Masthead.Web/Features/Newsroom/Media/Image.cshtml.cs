using Masthead.Core.Publishing;
using Masthead.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom.Media;

/// <summary>A library picture's alt text, caption and credit; once a published story shows it, an editor's to change.</summary>
[Authorize(Roles = NewsroomRoles.AnyStaff)]
public sealed class ImageModel(MastheadDbContext db) : PageModel
{
    [BindProperty]
    public PictureDetails Input { get; set; } = new();

    public MediaImage Image { get; private set; } = null!;

    /// <summary>Whether readers meet the picture in a published story, so a change reaches them.</summary>
    public bool ShownByPublishedStory { get; private set; }

    /// <summary>Whether this person may change the picture's words; if not, the page shows them read-only.</summary>
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Images.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } image)
        {
            return NotFound();
        }

        Image = image;
        CanEdit = await MayEditAsync(id, cancellationToken);
        Input = new PictureDetails { AltText = image.AltText, Caption = image.Caption, Credit = image.Credit };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Images.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } image)
        {
            return NotFound();
        }

        if (!await MayEditAsync(id, cancellationToken))
        {
            return Forbid();
        }

        Image = image;
        CanEdit = true;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        image.AltText = Input.AltText.Trim();
        image.Caption = Input.Caption?.Trim() ?? "";
        image.Credit = Input.Credit?.Trim() ?? "";
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "Picture details saved. A story's lead picture shows them at once; a picture in a story's text, from the story's next save.";
        return Redirect($"/newsroom/media#image-{image.Id}");
    }

    private async Task<bool> MayEditAsync(int id, CancellationToken cancellationToken)
    {
        ShownByPublishedStory = await PictureUse.ShownByPublishedStoryAsync(db, id, cancellationToken);
        return StoryPermissions.CanEditPicture(NewsroomRoles.Of(User), ShownByPublishedStory);
    }
}
