using Masthead.Core.Billing;
using Masthead.Web.Features.Billing.Providers.Stripe;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Tests.Billing.Stripe;

public sealed class StripeRegistrationTests
{
    private static IHost Host(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddStripeProvider();
        return builder.Build();
    }

    [Fact]
    public void The_provider_is_registered_as_itself_and_as_the_payment_provider_keyed_stripe()
    {
        using var host = Host(new()
        {
            ["Billing:Stripe:ApiKey"] = StripeFixtures.ApiKey,
            ["Billing:Stripe:WebhookSecret"] = StripeFixtures.WebhookSecret,
            ["Billing:Stripe:WebhookTolerance"] = "00:02:00",
        });

        var provider = host.Services.GetRequiredService<StripePaymentProvider>();

        Assert.Same(provider, host.Services.GetRequiredKeyedService<IPaymentProvider>("stripe"));
        Assert.Equal("stripe", provider.Name);
        Assert.Equal(TimeSpan.FromMinutes(2), host.Services.GetRequiredService<IOptions<StripeOptions>>().Value.WebhookTolerance);
        Assert.Equal("https://api.stripe.com", host.Services.GetRequiredService<global::Stripe.IStripeClient>().ApiBase);
    }

    [Fact]
    public async Task Starting_without_the_api_key_and_webhook_secret_fails_naming_both()
    {
        using var host = Host([]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(error.Failures, f => f.Contains(nameof(StripeOptions.ApiKey), StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains(nameof(StripeOptions.WebhookSecret), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Starting_with_a_webhook_tolerance_of_zero_fails()
    {
        using var host = Host(new()
        {
            ["Billing:Stripe:ApiKey"] = StripeFixtures.ApiKey,
            ["Billing:Stripe:WebhookSecret"] = StripeFixtures.WebhookSecret,
            ["Billing:Stripe:WebhookTolerance"] = "00:00:00",
        });

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
    }
}
