using System.ComponentModel.DataAnnotations;

namespace Masthead.Web.Features.Newsroom.Media;

/// <summary>A picture for the library, with the words that go with it.</summary>
public sealed class ImageUploadInput : PictureDetails
{
    [Required(ErrorMessage = "Choose a JPEG, PNG or WebP file.")]
    [Display(Name = "Picture (JPEG, PNG or WebP)")]
    public IFormFile? File { get; set; }
}
