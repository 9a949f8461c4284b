using System.ComponentModel.DataAnnotations;

namespace Masthead.Web.Infrastructure.RequestBodies;

/// <summary>The "Requests" configuration section: how much a request may send.</summary>
public sealed class RequestBodyOptions
{
    public const string Section = "Requests";

    /// <summary>
    /// Largest body of any request whose endpoint sets no limit of its own: every form, the story
    /// editor's autosave and preview. Media uploads and webhooks carry their own limits.
    /// </summary>
    [Range(1024, 30L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
