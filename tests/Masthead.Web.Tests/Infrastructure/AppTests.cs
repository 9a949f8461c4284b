namespace Masthead.Web.Tests.Infrastructure;

/// <summary>
/// Base of the HTTP tests: each concrete class is declared twice, once per database provider,
/// so the same assertions run on SQLite and on PostgreSQL.
/// </summary>
public abstract class AppTests
{
    protected AppTests(MastheadApp app)
    {
        App = app;
        if (app.UnavailableReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    protected MastheadApp App { get; }

    protected static string DemoEmail(string name) => $"{name}@{MastheadApp.DemoDomain}";

    protected async Task<Reader> SignedInAsync(string demoName)
    {
        var reader = App.NewReader();
        await reader.SignInAsync(DemoEmail(demoName), MastheadApp.DemoPassword);
        return reader;
    }
}
