using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Masthead.Web.Features.Reading;

public static class ReadingRegistration
{
    public static IServiceCollection AddReading(this IServiceCollection services)
    {
        services.TryAddSingleton<ArticleViews>();
        services.TryAddScoped<ArticleReading>();
        return services;
    }
}
