using Masthead.Web.Infrastructure;
using Masthead.Web.Infrastructure.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Tests.Media;

/// <summary>Media storage on disk in a fresh temporary folder, and the intakes over it.</summary>
public sealed class MediaFolder : IDisposable
{
    private readonly string dataPath = Directory.CreateTempSubdirectory("masthead-media-").FullName;

    public MediaFolder()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = dataPath })
            .Build();
        Storage = new LocalDiskMediaStorage(new DataPaths(configuration, new HostingEnvironment { ContentRootPath = dataPath }));
    }

    public LocalDiskMediaStorage Storage { get; }

    /// <summary>Every file in storage, temporary ones included, as keys in ordinal order.</summary>
    public IReadOnlyList<string> Files => Directory.EnumerateFiles(Storage.Root, "*", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(Storage.Root, path).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public ImageIntake Images(MediaLimits? limits = null, IMediaStorage? storage = null) =>
        new(new ImageVariants(storage ?? Storage), Options.Create(limits ?? new MediaLimits()));

    public VideoIntake Videos(MediaLimits? limits = null) => new(Storage, Options.Create(limits ?? new MediaLimits()));

    public byte[] Read(string key) => File.ReadAllBytes(Path.Combine(Storage.Root, key));

    public void Dispose() => Directory.Delete(dataPath, recursive: true);
}
