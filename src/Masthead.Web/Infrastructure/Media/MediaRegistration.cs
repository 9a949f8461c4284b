using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Masthead.Web.Infrastructure.Media;

public static class MediaRegistration
{
    /// <summary>Picture and video upload intake, with its limits from the "Media" section.</summary>
    public static IServiceCollection AddMediaIntake(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaLimits>().Bind(configuration.GetSection(MediaLimits.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IMediaStorage, LocalDiskMediaStorage>();
        services.TryAddSingleton<ImageVariants>();
        services.TryAddSingleton<ImageIntake>();
        services.TryAddSingleton<VideoIntake>();
        return services;
    }
}
