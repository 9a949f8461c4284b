using System.Data.Common;
using System.Runtime.CompilerServices;
using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Masthead.Web.Infrastructure.Caching;

/// <summary>
/// Announces every saved change to what readers see, whoever made it (the newsroom, the scheduler,
/// billing, an admin): the tags are read from the change tracker as the change is saved, and
/// announced once it is visible to others (after the save, or after the commit of the transaction
/// it ran in), so nothing can cache what was there before.
/// </summary>
public sealed class ContentChangeInterceptor(IContentChanges changes) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Announce(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Announce(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>What a change to one entity makes stale.</summary>
    public static IEnumerable<string> TagsOf(EntityEntry entry) => entry.Entity switch
    {
        Article article => [ContentTags.Slug(article.Slug), ContentTags.Slug(Original(entry, nameof(Article.Slug)) ?? article.Slug), ContentTags.Fronts],
        ArticleCorrection => [ContentTags.Articles],
        Section or Tag or Author or MediaImage or MediaVideo => [ContentTags.Articles, ContentTags.Fronts, ContentTags.Sections],
        SubscriptionRecord subscription => [ContentTags.User(subscription.UserId)],
        AppUser user => [ContentTags.User(user.Id)],
        _ => [],
    };

    private static string? Original(EntityEntry entry, string property) =>
        entry.State == EntityState.Modified ? entry.Property(property).OriginalValue as string : null;

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tags = pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                tags.UnionWith(TagsOf(entry));
            }
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Announce(context);
        }
    }

    private void Announce(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var tags))
        {
            pending.Remove(context);
            if (tags.Count > 0)
            {
                changes.Changed(tags);
            }
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }
}
