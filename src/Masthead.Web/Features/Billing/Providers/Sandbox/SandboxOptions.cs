namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>The "Billing:Sandbox" configuration section.</summary>
public sealed class SandboxOptions
{
    /// <summary>Secret the sandbox signs its webhooks with; a random one per start when empty.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Where the sandbox delivers webhooks; the app's own /webhooks/sandbox when empty.</summary>
    public Uri? WebhookUrl { get; set; }

    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
