namespace Masthead.Web.Infrastructure.Demo;

/// <summary>The "Demo" configuration section. Seeding is on in Development only, never by default.</summary>
public sealed class DemoOptions
{
    /// <summary>Seed demo stories, pictures and accounts into an empty database.</summary>
    public bool Seed { get; set; }

    /// <summary>Password of every demo account.</summary>
    public string Password { get; set; } = "";

    /// <summary>Domain of the demo accounts' e-mail addresses.</summary>
    public string EmailDomain { get; set; } = "meridian-wire.test";
}
