using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Infrastructure;

/// <summary>
/// Absolute URLs for canonical links, JSON-LD, sitemaps, e-mail and payment return addresses. They
/// are built from Publication:BaseUrl, never from a request's Host header, which the client chooses.
/// </summary>
public sealed class SiteUrls(IOptions<PublicationOptions> options, IServer server)
{
    /// <summary>The public origin, without a trailing slash.</summary>
    public string Origin =>
        options.Value.BaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : ListeningOrigin;

    public string Absolute(string path) => Origin + path;

    public static string Article(string slug) => $"/articles/{slug}";

    public static string Section(string slug) => $"/sections/{slug}";

    /// <summary>
    /// The first address the site listens on, wildcards as localhost: the origin in Development (the
    /// options validator requires a base URL everywhere else), so a developer who picks another port
    /// still gets working links; and where the site reaches itself.
    /// </summary>
    public string ListeningOrigin =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost")
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .TrimEnd('/');
}
