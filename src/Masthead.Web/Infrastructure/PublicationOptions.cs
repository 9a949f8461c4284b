using System.ComponentModel.DataAnnotations;

namespace Masthead.Web.Infrastructure;

/// <summary>The "Publication" configuration section: who the site speaks for.</summary>
public sealed class PublicationOptions
{
    [Required, StringLength(80)]
    public string Name { get; set; } = "Meridian Wire";

    [StringLength(200)]
    public string Tagline { get; set; } = "Independent wire reporting on the world, security, business and culture.";

    /// <summary>
    /// Public origin for canonical URLs and links in e-mail, e.g. https://news.example.com. Required in
    /// production: otherwise links in password-reset mail would follow the request's Host header.
    /// </summary>
    [Url]
    public string? BaseUrl { get; set; }
}
