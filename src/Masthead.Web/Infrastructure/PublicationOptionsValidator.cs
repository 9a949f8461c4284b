using Microsoft.Extensions.Options;

namespace Masthead.Web.Infrastructure;

/// <summary>
/// Outside Development the site must know its public origin: otherwise links in password-reset
/// mail and checkout return addresses would have to come from the request's Host header.
/// </summary>
public sealed class PublicationOptionsValidator(IHostEnvironment environment) : IValidateOptions<PublicationOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicationOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"Publication:BaseUrl is required in the {environment.EnvironmentName} environment: set it to the site's public origin, "
                    + "e.g. https://news.example.com (links in e-mail and payment return addresses are built from it).");
        }

        return options.BaseUri is null
            ? ValidateOptionsResult.Fail(
                $"Publication:BaseUrl '{options.BaseUrl}' is not an origin: use http(s)://host[:port] with no path, query or user name.")
            : ValidateOptionsResult.Success;
    }
}
