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
    /// Public origin for every absolute URL (canonical links, e-mail, payment return addresses),
    /// e.g. https://news.example.com. Required outside Development, where it also sets the host
    /// names the site answers to.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>The origin as a URI, when <see cref="BaseUrl"/> is a usable one.</summary>
    public Uri? BaseUri =>
        Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? uri
            : null;
}
