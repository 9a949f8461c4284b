using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Infrastructure;

/// <summary>
/// Outside Development the site answers only to its public host name (Publication:BaseUrl) unless
/// AllowedHosts names others; a request with a forged Host header gets 400 before any page runs.
/// </summary>
public static class HostNames
{
    public static IServiceCollection AddPublicHostFiltering(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddTransient<IConfigureOptions<HostFilteringOptions>>(sp => new ConfigureOptions<HostFilteringOptions>(o =>
        {
            // Runs before the host's own defaults, which read AllowedHosts and would otherwise fall back to "*".
            if (environment.IsDevelopment() || !string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
            {
                return;
            }

            if (sp.GetRequiredService<IOptions<PublicationOptions>>().Value.BaseUri is { } origin)
            {
                o.AllowedHosts = [origin.IdnHost];
            }
        }));
        return services;
    }
}
