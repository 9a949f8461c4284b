using System.ComponentModel.DataAnnotations;
using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Masthead.Web.Features.Newsroom.Media;

/// <summary>Upload an MP4 with the poster picture readers see until they press play.</summary>
[Authorize(Roles = NewsroomRoles.AnyStaff)]
[RequestSizeLimit(MediaUploads.VideoRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaUploads.VideoRequestLimit)]
public sealed class VideoModel(MastheadDbContext db, VideoIntake videos, ImageIntake images, IMediaStorage storage, TimeProvider clock) : PageModel
{
    [BindProperty]
    public VideoUploadInput Upload { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var key = MediaUploads.NewKey();
        VideoIntakeResult video;
        await using (var stream = Upload.File!.OpenReadStream())
        {
            video = await videos.AcceptAsync(key, stream, cancellationToken);
        }

        if (video is VideoIntakeResult.Rejected rejectedVideo)
        {
            ModelState.AddModelError("Upload.File", rejectedVideo.Message);
            return Page();
        }

        ImageIntakeResult poster;
        await using (var stream = Upload.Poster!.OpenReadStream())
        {
            poster = await images.AcceptAsync(key, stream, cancellationToken);
        }

        if (poster is ImageIntakeResult.Rejected rejectedPoster)
        {
            // Nothing half-kept: without its poster, the video goes too.
            await storage.DeleteAsync(VideoIntake.KeyFor(key), cancellationToken);
            ModelState.AddModelError("Upload.Poster", rejectedPoster.Message);
            return Page();
        }

        var now = clock.GetUtcNow();
        var record = new MediaVideo
        {
            StorageKey = key,
            Title = Upload.Title.Trim(),
            Caption = Upload.Caption?.Trim() ?? "",
            Credit = Upload.Credit?.Trim() ?? "",
            SizeBytes = ((VideoIntakeResult.Accepted)video).SizeBytes,
            CreatedAt = now,
            PosterImage = MediaUploads.Record(key, (ImageIntakeResult.Accepted)poster, $"Poster: {Upload.Title}", Upload.Caption, Upload.Credit, now),
        };
        db.Videos.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Uploaded. Put it in a story body with ![{record.Title}](video:{record.Id}).";
        return Redirect($"/newsroom/media#video-{record.Id}");
    }
}

/// <summary>An MP4 and its poster.</summary>
public sealed class VideoUploadInput
{
    [Required(ErrorMessage = "Choose an MP4 file.")]
    [Display(Name = "Video (MP4)")]
    public IFormFile? File { get; set; }

    [Required(ErrorMessage = "Choose a poster picture: readers see it until they press play.")]
    [Display(Name = "Poster picture (JPEG, PNG or WebP)")]
    public IFormFile? Poster { get; set; }

    [Required(ErrorMessage = "Say what the video shows.")]
    [StringLength(300)]
    [Display(Name = "Title (what the video shows)")]
    public string Title { get; set; } = "";

    [StringLength(500)]
    public string? Caption { get; set; }

    [StringLength(200)]
    [Display(Name = "Credit")]
    public string? Credit { get; set; }
}
