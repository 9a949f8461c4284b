using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Shared;

/// <summary>The sections in the site navigation: read once, then again only after sections change.</summary>
public sealed class SectionNav(ContentCache cache, IServiceScopeFactory scopes)
{
    public sealed record Item(string Slug, string Name);

    public async Task<IReadOnlyList<Item>> ItemsAsync()
    {
        var items = await cache.GetOrLoadAsync<Items>(
            "section-nav",
            [ContentTags.Sections],
            TimeSpan.FromHours(1),
            async ct =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MastheadDbContext>();
                return new Items(await db.Sections.AsNoTracking()
                    .OrderBy(s => s.Position).ThenBy(s => s.Name)
                    .Select(s => new Item(s.Slug, s.Name))
                    .ToListAsync(ct));
            },
            CancellationToken.None);
        return items!.List;
    }

    private sealed record Items(IReadOnlyList<Item> List) : ICacheSized
    {
        public long CacheSize => 64 + (List.Count * 128);
    }
}
