using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Masthead.Web.Infrastructure.Caching;

public static class CachingRegistration
{
    public static IServiceCollection AddContentCaching(this IServiceCollection services)
    {
        services.AddMemoryCache(o => o.SizeLimit = 64 * 1024 * 1024);
        services.TryAddSingleton<ContentCache>();
        services.TryAddSingleton<IContentChanges, LocalContentChanges>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, ContentChangeInterceptor>());
        return services;
    }
}
