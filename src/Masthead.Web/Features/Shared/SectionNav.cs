using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Masthead.Web.Features.Shared;

/// <summary>The sections in the site navigation; read once a minute, not once a page.</summary>
public sealed class SectionNav(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public sealed record Item(string Slug, string Name);

    private const string Key = "section-nav";

    /// <summary>After sections change, the next page reads them afresh.</summary>
    public void Forget() => cache.Remove(Key);

    public async Task<IReadOnlyList<Item>> ItemsAsync() =>
        (await cache.GetOrCreateAsync(Key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            entry.Size = 1;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MastheadDbContext>();
            return (IReadOnlyList<Item>)await db.Sections.AsNoTracking()
                .OrderBy(s => s.Position).ThenBy(s => s.Name)
                .Select(s => new Item(s.Slug, s.Name))
                .ToListAsync();
        }))!;
}
