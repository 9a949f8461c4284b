using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Masthead.Web.Features.Articles;

public static class ArticlesRegistration
{
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.TryAddSingleton<ArticleBodyRenderer>();
        services.TryAddScoped<ArticleBodies>();
        return services;
    }
}
