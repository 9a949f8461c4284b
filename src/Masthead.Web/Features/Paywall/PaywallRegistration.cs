using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Masthead.Web.Features.Paywall;

public static class PaywallRegistration
{
    public static IServiceCollection AddPaywall(this IServiceCollection services)
    {
        services.AddOptions<PaywallOptions>().BindConfiguration("Paywall").ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<MeterCookie>();
        services.TryAddScoped<MeterStore>();
        services.TryAddSingleton<ReaderResolver>();
        return services;
    }
}
