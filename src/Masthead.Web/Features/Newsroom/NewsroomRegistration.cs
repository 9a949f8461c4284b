using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Masthead.Web.Features.Newsroom;

public static class NewsroomRegistration
{
    public static IServiceCollection AddNewsroom(this IServiceCollection services)
    {
        services.TryAddScoped<StoryEditor>();
        services.TryAddSingleton<PublishingSignal>();
        services.TryAddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        return services;
    }
}
