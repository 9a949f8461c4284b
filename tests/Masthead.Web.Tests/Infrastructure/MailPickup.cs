using System.Text.RegularExpressions;
using MimeKit;

namespace Masthead.Web.Tests.Infrastructure;

/// <summary>Reads the .eml files the app wrote to its pickup folder.</summary>
public static partial class MailPickup
{
    /// <summary>Waits for the background sender, which delivers within moments, or longer on a loaded machine.</summary>
    public static async Task<MimeMessage> WaitForAsync(MastheadApp app, string to, string subjectContains)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (Directory.Exists(app.MailPickup))
            {
                foreach (var file in Directory.GetFiles(app.MailPickup, "*.eml").Order(StringComparer.Ordinal))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                        && (message.Subject ?? "").Contains(subjectContains, StringComparison.Ordinal))
                    {
                        return message;
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No mail to {to} about \"{subjectContains}\" arrived.");
    }

    public static int CountTo(MastheadApp app, string to) =>
        !Directory.Exists(app.MailPickup)
            ? 0
            : Directory.GetFiles(app.MailPickup, "*.eml").Count(f => MimeMessage.Load(f).To.Mailboxes.Any(m => m.Address == to));

    public static IReadOnlyList<string> SubjectsTo(MastheadApp app, string to) =>
        !Directory.Exists(app.MailPickup)
            ? []
            : [.. Directory.GetFiles(app.MailPickup, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(a => a.Address == to)).Select(m => m.Subject ?? "")];

    /// <summary>The first link in the plain-text body, as written.</summary>
    public static string FirstLink(MimeMessage message) => Link().Match(message.TextBody ?? "").Value;

    /// <summary>The first link in the plain-text body, as a path the test client can GET.</summary>
    public static string FirstLinkPath(MimeMessage message) => new Uri(FirstLink(message)).PathAndQuery;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
