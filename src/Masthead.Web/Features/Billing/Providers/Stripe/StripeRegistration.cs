using Masthead.Core.Billing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Stripe;

namespace Masthead.Web.Features.Billing.Providers.Stripe;

public static class StripeRegistration
{
    /// <summary>
    /// Registers the Stripe adapter: its options (validated on start, so call this only when Stripe
    /// is the selected provider), one <see cref="IStripeClient"/> built from them, and
    /// <see cref="StripePaymentProvider"/> both as itself and as the <see cref="IPaymentProvider"/>
    /// keyed "stripe".
    /// </summary>
    public static IServiceCollection AddStripeProvider(this IServiceCollection services)
    {
        services.AddOptions<StripeOptions>().BindConfiguration(StripeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IStripeClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StripeOptions>>().Value;
            return new StripeClient(
                apiKey: options.ApiKey,
                apiBase: string.IsNullOrWhiteSpace(options.ApiBase) ? null : options.ApiBase.TrimEnd('/'));
        });
        services.TryAddSingleton<StripePaymentProvider>();
        services.TryAddKeyedSingleton<IPaymentProvider>(
            StripePaymentProvider.ProviderName, (sp, _) => sp.GetRequiredService<StripePaymentProvider>());
        return services;
    }
}
