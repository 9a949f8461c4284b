using System.ComponentModel.DataAnnotations;

namespace Masthead.Web.Infrastructure.Mail;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text throughout: only for a relay on the same machine or a private network.</summary>
    None,

    /// <summary>Connect in plain text, then upgrade with STARTTLS; fails if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    SslOnConnect,
}

/// <summary>The "Mail:Smtp" configuration section; mail goes over SMTP when <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Mail:Smtp";

    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>When set, the mailer authenticates with this user name and <see cref="Password"/>.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
