using Masthead.Core.Billing;
using Masthead.Web.Features.Billing.Providers.Sandbox;
using Masthead.Web.Features.Billing.Providers.Stripe;
using Masthead.Web.Features.Billing.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Billing;

public static class BillingRegistration
{
    /// <summary>
    /// Billing with the configured provider. Call before anything registers a TimeProvider: with the
    /// sandbox, the site's clock is the sandbox's test clock.
    /// </summary>
    public static IServiceCollection AddBilling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BillingOptions>().BindConfiguration("Billing").ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BillingOptions>, BillingOptionsValidator>());

        // Unset is the Sandbox here; the validator stops a site outside Development from starting that way.
        var provider = configuration.GetValue<PaymentProviderKind?>("Billing:Provider") ?? PaymentProviderKind.Sandbox;
        if (provider == PaymentProviderKind.Sandbox)
        {
            services.AddSandboxProvider();
        }
        else
        {
            services.AddStripeProvider();
            services.TryAddSingleton<IPaymentProvider>(sp => sp.GetRequiredService<StripePaymentProvider>());
        }

        services.TryAddScoped<PlanCatalog>();
        services.TryAddScoped<BillingMails>();
        services.TryAddScoped<DuplicateSubscriptions>();
        services.TryAddScoped<BillingEventApplier>();
        services.TryAddSingleton<WebhookSignal>();
        services.AddHostedService<WebhookProcessor>();
        services.TryAddSingleton<CardExpiryNotices>();
        services.AddHostedService(sp => sp.GetRequiredService<CardExpiryNotices>());
        return services;
    }

    private static void AddSandboxProvider(this IServiceCollection services)
    {
        services.AddOptions<SandboxOptions>().BindConfiguration("Billing:Sandbox");
        services.TryAddSingleton(_ => new SandboxClock(TimeProvider.System));
        services.TryAddSingleton<TimeProvider>(sp => sp.GetRequiredService<SandboxClock>());
        services.TryAddSingleton<SandboxSecret>();
        services.TryAddSingleton<SandboxSignal>();
        services.TryAddSingleton<SandboxDueWork>();
        services.TryAddScoped<SandboxEvents>();
        services.TryAddScoped<SandboxCharges>();
        services.TryAddScoped<SandboxBilling>();
        services.TryAddScoped<SandboxTestClock>();
        services.TryAddScoped<IPaymentProvider, SandboxPaymentProvider>();
        services.AddHttpClient(SandboxWebhookSender.HttpClientName);
        services.AddHostedService<SandboxWebhookSender>();
    }
}
