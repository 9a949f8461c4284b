using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Masthead.Web.Infrastructure.Mail;

public static class MailRegistration
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration("Mail").ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IMailer, PickupFolderMailer>();
        return services;
    }
}
