namespace Masthead.Web.Infrastructure.Caching;

/// <summary>
/// The one seam through which every change to what readers see is announced. This node's caches
/// drop what the change touched; an implementation for several nodes also tells the others.
/// </summary>
public interface IContentChanges
{
    void Changed(IReadOnlyCollection<string> tags);
}

/// <summary>One node: the change reaches this node's cache only.</summary>
public sealed class LocalContentChanges(ContentCache cache) : IContentChanges
{
    public void Changed(IReadOnlyCollection<string> tags) => cache.Invalidate(tags);
}
