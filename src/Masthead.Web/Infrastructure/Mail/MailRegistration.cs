using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Infrastructure.Mail;

public static class MailRegistration
{
    /// <summary>Mail goes to the SMTP server when "Mail:Smtp:Host" is set, else to the pickup folder.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration("Mail").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IMailer>(provider => provider.GetRequiredService<IOptions<SmtpOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<SmtpMailer>(provider)
            : ActivatorUtilities.CreateInstance<PickupFolderMailer>(provider));
        return services;
    }
}
