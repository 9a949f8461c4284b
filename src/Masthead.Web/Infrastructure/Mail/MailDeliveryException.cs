namespace Masthead.Web.Infrastructure.Mail;

/// <summary>A message could not be handed to the mail server: an outage or a configuration error.</summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException()
    {
    }

    public MailDeliveryException(string message)
        : base(message)
    {
    }

    public MailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
