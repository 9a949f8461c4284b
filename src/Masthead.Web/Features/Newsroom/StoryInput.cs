using System.ComponentModel.DataAnnotations;
using Masthead.Core.Paywall;
using Masthead.Web.Data;

namespace Masthead.Web.Features.Newsroom;

/// <summary>The story form.</summary>
public sealed class StoryInput
{
    [Required(ErrorMessage = "Write a headline.")]
    [StringLength(200)]
    public string Headline { get; set; } = "";

    [Required(ErrorMessage = "Write a standfirst: one or two sentences under the headline.")]
    [StringLength(400)]
    public string Standfirst { get; set; } = "";

    [StringLength(80)]
    [Display(Name = "Slug (the address; made from the headline when empty)")]
    public string? Slug { get; set; }

    [Display(Name = "Section")]
    public int SectionId { get; set; }

    [Required(ErrorMessage = "Give the dateline, e.g. SALTMERE.")]
    [StringLength(80)]
    public string Dateline { get; set; } = "";

    [Display(Name = "Authors (comma-separated)")]
    [StringLength(400)]
    public string? Authors { get; set; }

    [Display(Name = "Tags (comma-separated)")]
    [StringLength(400)]
    public string? Tags { get; set; }

    [Required(ErrorMessage = "Write the story.")]
    [Display(Name = "Body (Markdown)")]
    public string Body { get; set; } = "";

    [Display(Name = "Who may read it")]
    public AccessLevel AccessLevel { get; set; } = AccessLevel.Subscribers;

    [Display(Name = "Metered (non-subscribers may read it on their monthly allowance)")]
    public bool Metered { get; set; } = true;

    [Range(1, 10, ErrorMessage = "Show 1 to 10 paragraphs before the paywall.")]
    [Display(Name = "Preview paragraphs")]
    public int PreviewParagraphs { get; set; } = 2;

    [Display(Name = "Lead image")]
    public int? LeadImageId { get; set; }

    /// <summary>When to publish, in UTC; only read by the Schedule button.</summary>
    [Display(Name = "Publish at (UTC)")]
    [DataType(DataType.DateTime)]
    public DateTime? ScheduleFor { get; set; }

    /// <summary>The version the writer opened; a save against a newer one is refused, not merged.</summary>
    public int Version { get; set; }

    public static StoryInput From(Article a) => new()
    {
        Headline = a.Headline,
        Standfirst = a.Standfirst,
        Slug = a.Slug,
        SectionId = a.SectionId,
        Dateline = a.Dateline,
        Authors = string.Join(", ", a.Authors.Select(x => x.Name)),
        Tags = string.Join(", ", a.Tags.Select(x => x.Name)),
        Body = a.BodyMarkdown,
        AccessLevel = a.AccessLevel,
        Metered = a.Metered,
        PreviewParagraphs = a.PreviewParagraphs,
        LeadImageId = a.LeadImageId,
        ScheduleFor = a.ScheduledFor?.UtcDateTime,
        Version = a.Version,
    };

    public static IEnumerable<string> Names(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase);
}
