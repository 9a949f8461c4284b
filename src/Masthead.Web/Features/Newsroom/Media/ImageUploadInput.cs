using System.ComponentModel.DataAnnotations;

namespace Masthead.Web.Features.Newsroom.Media;

/// <summary>A picture for the library, with the words that go with it.</summary>
public sealed class ImageUploadInput
{
    [Required(ErrorMessage = "Choose a JPEG, PNG or WebP file.")]
    [Display(Name = "Picture (JPEG, PNG or WebP)")]
    public IFormFile? File { get; set; }

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
