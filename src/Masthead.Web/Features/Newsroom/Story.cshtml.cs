using Masthead.Core.Publishing;
using Masthead.Web.Data;
using Masthead.Web.Features.Articles;
using Masthead.Web.Features.Paywall;
using Masthead.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom;

/// <summary>Write and edit a story: save, autosave, submit, publish, schedule, unpublish, correct.</summary>
[Authorize(Roles = NewsroomRoles.AnyStaff)]
public sealed class StoryModel(MastheadDbContext db, StoryEditor editor, ArticleBodies bodies, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public StoryInput Input { get; set; } = new();

    public Article? Story { get; private set; }
    public IReadOnlyList<Section> Sections { get; private set; } = [];
    public IReadOnlyList<MediaImage> Images { get; private set; } = [];
    public int RevisionCount { get; private set; }
    public StaffRole Role => NewsroomRoles.Of(User);
    public bool Own => Story is null || Story.CreatedByUserId == ReaderResolver.UserId(User);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!StoryPermissions.CanEdit(Role, Own))
        {
            return Forbid();
        }

        var page = await FormAsync(cancellationToken);
        Input = Story is null ? new StoryInput { SectionId = Sections.Count > 0 ? Sections[0].Id : 0 } : StoryInput.From(Story);
        return page;
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => SaveAsync(StoryChange.Save, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) => SaveAsync(StoryChange.Submit, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) => SaveAsync(StoryChange.Publish, cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(CancellationToken cancellationToken) => SaveAsync(StoryChange.Schedule, cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken) => SaveAsync(StoryChange.Unpublish, cancellationToken);

    /// <summary>The editor's script saves drafts in the background; answers JSON, problems as ProblemDetails.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Problem(StatusCodes.Status404NotFound, "This story no longer exists.");
        }

        if (!ModelState.IsValid)
        {
            return BadRequest(new ValidationProblemDetails(ModelState) { Title = "Not saved yet: the story needs a few more things." });
        }

        var outcome = await editor.SaveAsync(Story, Input, StoryChange.Autosave, Staff(), cancellationToken);
        if (outcome.Forbidden)
        {
            return Problem(StatusCodes.Status403Forbidden, "You cannot edit this story.");
        }

        if (!outcome.Saved)
        {
            foreach (var (field, message) in outcome.Problems)
            {
                ModelState.AddModelError(field, message);
            }

            var conflict = outcome.Problems.Any(p => p.Key.Length == 0);
            return conflict
                ? Problem(StatusCodes.Status409Conflict, outcome.Problems.First(p => p.Key.Length == 0).Value)
                : BadRequest(new ValidationProblemDetails(ModelState) { Title = "Not saved yet: the story needs a few more things." });
        }

        var story = outcome.Story!;
        return new JsonResult(new
        {
            id = story.Id,
            version = story.Version,
            savedAt = DateFormats.Machine(story.UpdatedAt),
            url = $"/newsroom/stories/{story.Id}",
        });
    }

    /// <summary>The body as readers will see it, for the editor's live preview.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var blocks = await bodies.RenderAsync(Input.Body, cancellationToken);
        return Content(string.Join("\n", blocks), "text/html; charset=utf-8");
    }

    [BindProperty]
    public string? CorrectionText { get; set; }

    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Story is null)
        {
            return NotFound();
        }

        if (!StoryPermissions.CanCorrect(Role))
        {
            return Forbid();
        }

        // This form posts only the correction; the story form's own rules do not apply to it.
        ModelState.Clear();
        var text = CorrectionText?.Trim() ?? "";
        if (Story.Status != ArticleStatus.Published)
        {
            ModelState.AddModelError(nameof(CorrectionText), "Corrections are for published stories; fix a draft by editing it.");
        }
        else if (text.Length is 0 or > 1000)
        {
            ModelState.AddModelError(nameof(CorrectionText), "Write the correction in 1 to 1,000 characters.");
        }

        if (!ModelState.IsValid)
        {
            Input = StoryInput.From(Story);
            return await FormAsync(cancellationToken);
        }

        var now = clock.GetUtcNow();
        Story.Corrections.Add(new ArticleCorrection { Text = text, PublishedAt = now, AddedByUserId = ReaderResolver.UserId(User) });
        Story.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        Message = "Correction published at the foot of the story.";
        return Redirect($"/newsroom/stories/{Story.Id}");
    }

    private async Task<IActionResult> SaveAsync(StoryChange change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return StoryPermissions.CanEdit(Role, Own) ? await FormAsync(cancellationToken) : Forbid();
        }

        var outcome = await editor.SaveAsync(Story, Input, change, Staff(), cancellationToken);
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        if (!outcome.Saved)
        {
            foreach (var (field, message) in outcome.Problems)
            {
                ModelState.AddModelError(field, message);
            }

            return await FormAsync(cancellationToken);
        }

        var story = outcome.Story!;
        Message = change switch
        {
            StoryChange.Publish => "Published.",
            StoryChange.Submit => "Submitted for review.",
            StoryChange.Schedule => $"Scheduled for {DateFormats.DateAndTime(story.ScheduledFor!.Value)}.",
            StoryChange.Unpublish => "Unpublished: readers no longer see it.",
            StoryChange.Save or StoryChange.Autosave or StoryChange.Restore => "Saved.",
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
        };
        return Redirect($"/newsroom/stories/{story.Id}");
    }

    private Staff Staff() => new(ReaderResolver.UserId(User), User.Identity?.Name ?? "Unknown", Role);

    private ObjectResult Problem(int status, string title) =>
        new(new ProblemDetails { Status = status, Title = title }) { StatusCode = status };

    /// <summary>The story being edited, if any; false when the id names no story.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            return true;
        }

        Story = await db.Articles.Include(a => a.Authors).Include(a => a.Tags).Include(a => a.Corrections)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return Story is not null;
    }

    /// <summary>The form page, with what only the form needs (autosave and preview never read it).</summary>
    private async Task<IActionResult> FormAsync(CancellationToken cancellationToken)
    {
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        Images = await db.Images.AsNoTracking().OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(60).ToListAsync(cancellationToken);
        RevisionCount = Story is null ? 0 : await db.Revisions.CountAsync(r => r.ArticleId == Story.Id, cancellationToken);
        return Page();
    }
}
