using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Infrastructure.Mail;

public static class MailRegistration
{
    /// <summary>
    /// Mail goes to the SMTP server when "Mail:Smtp:Host" is set, else to the pickup folder; mail queued
    /// in <see cref="MailOutbox"/> is sent by <see cref="MailOutboxSender"/> in the background.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration("Mail").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailOutboxOptions>().BindConfiguration(MailOutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IMailer>(provider => provider.GetRequiredService<IOptions<SmtpOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<SmtpMailer>(provider)
            : ActivatorUtilities.CreateInstance<PickupFolderMailer>(provider));
        services.TryAddSingleton<MailOutboxSignal>();
        services.TryAddSingleton<MailOutboxWake>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, MailOutboxWake>(provider => provider.GetRequiredService<MailOutboxWake>()));
        services.TryAddScoped<MailOutbox>();
        services.AddHostedService<MailOutboxSender>();
        return services;
    }
}
