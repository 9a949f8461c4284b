using System.Globalization;
using Masthead.Web.Features.Billing.Providers.Sandbox;

namespace Masthead.Web.Infrastructure.Cli;

/// <summary>
/// <c>dotnet run --project src/Masthead.Web -- test-clock advance DAYS</c> (or <c>test-clock show</c>):
/// moves the sandbox's test clock without a browser. A running site picks the new time up within seconds.
/// </summary>
public static class TestClockCommand
{
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != "test-clock")
        {
            return null;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().StartAsync(CancellationToken.None);
        if (scope.ServiceProvider.GetService<SandboxTestClock>() is not { } clock)
        {
            await Console.Error.WriteLineAsync("The test clock belongs to the Sandbox payment provider; Billing:Provider is not Sandbox.");
            return 2;
        }

        await clock.LoadAsync(CancellationToken.None);
        switch (args.Skip(1).ToArray())
        {
            case ["show"] or []:
                break;
            case ["advance", var text] when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 400:
                await clock.AdvanceAsync(TimeSpan.FromDays(days), CancellationToken.None);
                break;
            default:
                await Console.Error.WriteLineAsync("Usage: test-clock show | test-clock advance DAYS (1 to 400)");
                return 2;
        }

        Console.WriteLine($"Site time: {clock.Now:yyyy-MM-dd HH:mm:ss} UTC");
        return 0;
    }
}
