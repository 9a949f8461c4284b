namespace Masthead.Web.Infrastructure.Media;

/// <summary>Where media files live. Keys are relative paths such as "images/port-cranes/800.webp".</summary>
public interface IMediaStorage
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>; if reading it fails, nothing is left under the key.</summary>
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>Removes the file, if there is one.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    bool Exists(string key);

    /// <summary>The URL path the file is served from.</summary>
    string UrlFor(string key);
}
