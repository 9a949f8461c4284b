using System.ComponentModel.DataAnnotations;

namespace Masthead.Web.Features.Newsroom;

/// <summary>A section of the reader site, as editors name and order it.</summary>
public sealed class SectionInput
{
    [Required(ErrorMessage = "Name the section.")]
    [StringLength(80)]
    public string Name { get; set; } = "";

    [StringLength(60)]
    [Display(Name = "Slug (the address; made from the name when empty)")]
    public string? Slug { get; set; }

    [StringLength(300)]
    [Display(Name = "Description (shown on the section page)")]
    public string? Description { get; set; }

    [Range(0, 1000, ErrorMessage = "Give a position from 0 to 1000; lower comes first.")]
    [Display(Name = "Position in the navigation (lower comes first)")]
    public int Position { get; set; }
}
