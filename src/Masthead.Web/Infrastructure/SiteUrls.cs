using Microsoft.Extensions.Options;

namespace Masthead.Web.Infrastructure;

/// <summary>Absolute URLs for canonical links, JSON-LD and sitemaps.</summary>
public sealed class SiteUrls(IOptions<PublicationOptions> options, IHttpContextAccessor accessor)
{
    public string Origin
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.BaseUrl))
            {
                return options.Value.BaseUrl.TrimEnd('/');
            }

            var request = accessor.HttpContext?.Request
                ?? throw new InvalidOperationException("No request to take the origin from; set Publication:BaseUrl.");
            return $"{request.Scheme}://{request.Host}";
        }
    }

    public string Absolute(string path) => Origin + path;

    public static string Article(string slug) => $"/articles/{slug}";

    public static string Section(string slug) => $"/sections/{slug}";
}
