namespace Masthead.Web.Infrastructure.Media;

/// <summary>Media on local disk under the data folder, served by the static-file middleware at /media.</summary>
public sealed class LocalDiskMediaStorage(DataPaths paths) : IMediaStorage
{
    public const string UrlPrefix = "/media";

    public string Root { get; } = paths.Sub("media");

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = File.Create(temp))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathFor(key));
        return Task.CompletedTask;
    }

    public bool Exists(string key) => File.Exists(PathFor(key));

    public string UrlFor(string key) => $"{UrlPrefix}/{key}";

    private string PathFor(string key)
    {
        var full = Path.GetFullPath(Path.Combine(Root, key));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("Media keys must stay inside the media folder.", nameof(key));
        }

        return full;
    }
}
