using Masthead.Core.Publishing;
using Masthead.Web.Data;
using Masthead.Web.Features.Paywall;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom;

/// <summary>Write and edit a story; save a draft, submit it for review, publish or unpublish it.</summary>
[Authorize(Roles = NewsroomRoles.AnyStaff)]
public sealed class StoryModel(MastheadDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public StoryInput Input { get; set; } = new();

    public Article? Story { get; private set; }
    public IReadOnlyList<Section> Sections { get; private set; } = [];
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

        Input = Story is null ? new StoryInput { SectionId = Sections.Count > 0 ? Sections[0].Id : 0 } : StoryInput.From(Story);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => SaveAsync(null, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) => SaveAsync(ArticleStatus.InReview, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) => SaveAsync(ArticleStatus.Published, cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken) => SaveAsync(ArticleStatus.Draft, cancellationToken);

    private async Task<IActionResult> SaveAsync(ArticleStatus? status, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // Every rule is checked here, on the server: a forged post gets the same answer as a hidden button.
        // Changing what readers already see is publishing too, whichever button was pressed.
        var publishing = status is ArticleStatus.Published || Story?.Status == ArticleStatus.Published;
        if (!StoryPermissions.CanEdit(Role, Own) || (publishing && !StoryPermissions.CanPublish(Role, Own)))
        {
            return Forbid();
        }

        var slug = string.IsNullOrWhiteSpace(Input.Slug) ? Core.Publishing.Slug.From(Input.Headline) : Input.Slug.Trim();
        if (!Core.Publishing.Slug.IsValid(slug))
        {
            ModelState.AddModelError("Input.Slug", "Use lowercase letters, digits and single hyphens, e.g. port-strike-enters-second-week.");
        }
        else if (await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != (Story == null ? 0 : Story.Id), cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", "Another story already uses this address. Choose a different slug.");
        }

        if (!Sections.Any(s => s.Id == Input.SectionId))
        {
            ModelState.AddModelError("Input.SectionId", "Choose a section.");
        }

        if (Story is not null && Story.Version != Input.Version)
        {
            ModelState.AddModelError(string.Empty,
                "Someone else saved this story after you opened it. Nothing was saved: your text is still in the form. Copy what you need, reload the story and apply your changes again.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var story = Story ?? NewStory(now);
        Apply(story, slug, now);
        await SetBylineAndTagsAsync(story, cancellationToken);
        if (status is { } next)
        {
            story.Status = next;
            story.PublishedAt = next == ArticleStatus.Published ? story.PublishedAt ?? now : story.PublishedAt;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else saved this story a moment ago. Nothing was saved: your text is still in the form.");
            return Page();
        }

        Message = status == ArticleStatus.Published ? "Published."
            : status == ArticleStatus.InReview ? "Submitted for review."
            : status == ArticleStatus.Draft && publishing ? "Unpublished: readers no longer see it."
            : "Saved.";
        return Redirect($"/newsroom/stories/{story.Id}");
    }

    private Article NewStory(DateTimeOffset now)
    {
        // The house default, until an editor decides otherwise: subscribers-only, metered.
        var house = new StoryInput();
        var story = new Article
        {
            AccessLevel = house.AccessLevel,
            Metered = house.Metered,
            PreviewParagraphs = house.PreviewParagraphs,
            Slug = "",
            Headline = "",
            Standfirst = "",
            Dateline = "",
            BodyMarkdown = "",
            Status = ArticleStatus.Draft,
            CreatedByUserId = ReaderResolver.UserId(User),
            UpdatedAt = now,
            Version = 0,
        };
        db.Articles.Add(story);
        return story;
    }

    private void Apply(Article story, string slug, DateTimeOffset now)
    {
        story.Headline = Input.Headline.Trim();
        story.Standfirst = Input.Standfirst.Trim();
        story.Slug = slug;
        story.SectionId = Input.SectionId;
        story.Dateline = Input.Dateline.Trim().ToUpperInvariant();
        story.BodyMarkdown = Input.Body;
        if (StoryPermissions.CanSetAccess(Role))
        {
            (story.AccessLevel, story.Metered, story.PreviewParagraphs) = (Input.AccessLevel, Input.Metered, Input.PreviewParagraphs);
        }

        story.UpdatedAt = now;
        story.Version++;
    }

    private async Task SetBylineAndTagsAsync(Article story, CancellationToken cancellationToken)
    {
        story.Authors.Clear();
        foreach (var name in StoryInput.Names(Input.Authors))
        {
            var slug = Core.Publishing.Slug.From(name);
            story.Authors.Add(await db.Authors.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken) ?? new Author { Name = name, Slug = slug });
        }

        story.Tags.Clear();
        foreach (var name in StoryInput.Names(Input.Tags))
        {
            var slug = Core.Publishing.Slug.From(name);
            story.Tags.Add(await db.Tags.FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken) ?? new Tag { Name = name.ToLowerInvariant(), Slug = slug });
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        if (Id is not { } id)
        {
            return true;
        }

        Story = await db.Articles.Include(a => a.Authors).Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return Story is not null;
    }
}
