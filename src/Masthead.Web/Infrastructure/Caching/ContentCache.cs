using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Masthead.Web.Infrastructure.Caching;

/// <summary>
/// What every reader shares (rendered articles, fronts, navigation) and what a reader's requests
/// share (their entitlement), kept in memory and dropped by tag when the content behind it changes.
/// </summary>
/// <remarks>
/// Each tag has a generation, raised by <see cref="Invalidate"/>. An entry remembers the generations
/// of its tags as they were before its value was loaded, and is current only while they are
/// unchanged: a change that lands while a value is being loaded makes that value stale at once, so no
/// reader can be served content older than the last change they could have seen. Values are kept as
/// the objects they are (nothing is serialized), so a hit costs a dictionary lookup. Concurrent misses
/// for one key share one load.
/// </remarks>
public sealed class ContentCache(IMemoryCache memory, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, long> generations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> loading = new(StringComparer.Ordinal);

    /// <summary>Makes every entry carrying any of <paramref name="tags"/> stale, on this node.</summary>
    public void Invalidate(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            generations.AddOrUpdate(tag, 1, (_, generation) => generation + 1);
        }
    }

    /// <param name="key">Unique among everything cached.</param>
    /// <param name="tags">What the value is made of; invalidating any of them drops it.</param>
    /// <param name="lifetime">How long the value may be kept even if nothing invalidates it.</param>
    /// <param name="load">Loads the value; null results are not kept.</param>
    public async Task<T?> GetOrLoadAsync<T>(string key, IReadOnlyList<string> tags, TimeSpan lifetime, Func<CancellationToken, Task<T?>> load, CancellationToken cancellationToken)
        where T : class, ICacheSized
    {
        if (memory.TryGetValue(key, out Entry? entry) && entry!.IsCurrent(generations))
        {
            return (T)entry.Value;
        }

        var shared = loading.GetOrAdd(key, _ => new Lazy<Task<object?>>(() => LoadAsync(key, tags, lifetime, load)));
        try
        {
            return (T?)await shared.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            loading.TryRemove(new KeyValuePair<string, Lazy<Task<object?>>>(key, shared));
        }
    }

    private async Task<object?> LoadAsync<T>(string key, IReadOnlyList<string> tags, TimeSpan lifetime, Func<CancellationToken, Task<T?>> load)
        where T : class, ICacheSized
    {
        var stamp = tags.Select(tag => generations.GetValueOrDefault(tag)).ToArray();

        // Shared by every waiting request, so no one caller's cancellation may stop it.
        var value = await load(CancellationToken.None);
        if (value is not null)
        {
            memory.Set(key, new Entry(value, tags, stamp), new MemoryCacheEntryOptions
            {
                AbsoluteExpiration = clock.GetUtcNow() + lifetime,
                Size = Math.Max(1, value.CacheSize),
            });
        }

        return value;
    }

    private sealed record Entry(object Value, IReadOnlyList<string> Tags, long[] Stamp)
    {
        public bool IsCurrent(ConcurrentDictionary<string, long> generations)
        {
            for (var i = 0; i < Tags.Count; i++)
            {
                if (generations.GetValueOrDefault(Tags[i]) != Stamp[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>A cached value says roughly how many bytes it holds, so the cache's size limit means something.</summary>
public interface ICacheSized
{
    long CacheSize { get; }
}
