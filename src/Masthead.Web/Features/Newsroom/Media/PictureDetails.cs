using System.ComponentModel.DataAnnotations;

namespace Masthead.Web.Features.Newsroom.Media;

/// <summary>The words that go with a library picture, on upload and when edited later.</summary>
public class PictureDetails
{
    [Required(ErrorMessage = "Describe the picture for readers who cannot see it.")]
    [StringLength(300)]
    [Display(Name = "Alt text (what the picture shows)")]
    public string AltText { get; set; } = "";

    [StringLength(500)]
    public string? Caption { get; set; }

    [StringLength(200)]
    [Display(Name = "Credit (photographer or agency)")]
    public string? Credit { get; set; }
}
