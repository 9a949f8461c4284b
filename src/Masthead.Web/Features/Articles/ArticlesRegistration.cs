using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Masthead.Web.Features.Articles;

public static class ArticlesRegistration
{
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddMemoryCache(o => o.SizeLimit = 64 * 1024 * 1024);
        services.TryAddSingleton<ArticleBodyRenderer>();
        services.TryAddScoped<ArticleBodyCache>();
        return services;
    }
}
