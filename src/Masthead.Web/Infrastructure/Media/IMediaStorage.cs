namespace Masthead.Web.Infrastructure.Media;

/// <summary>Where media files live. Keys are relative paths such as "images/port-cranes/800.webp".</summary>
public interface IMediaStorage
{
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    bool Exists(string key);

    /// <summary>The URL path the file is served from.</summary>
    string UrlFor(string key);
}
