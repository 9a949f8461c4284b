using System.ComponentModel.DataAnnotations;

namespace Masthead.Web.Infrastructure.Mail;

/// <summary>The "Mail" configuration section.</summary>
public sealed class MailOptions
{
    [Required, EmailAddress]
    public string FromAddress { get; set; } = "newsroom@meridian-wire.test";

    [Required]
    public string FromName { get; set; } = "Meridian Wire";

    /// <summary>Folder for one .eml file per message; relative paths are under the data folder.</summary>
    [Required]
    public string PickupDirectory { get; set; } = "mail";
}
