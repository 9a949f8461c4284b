using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Masthead.Web.Tests.Browser;

/// <summary>
/// The app served by Kestrel on 127.0.0.1 and one headless Chromium for the whole browser suite.
/// Without Chromium, Java or the npm checkers the suite skips, naming what is missing; in CI it fails.
/// </summary>
public sealed class BrowserApp : MastheadApp
{
    private IPlaywright? playwright;

    public BrowserApp()
    {
        var (tools, missing) = BrowserTools.Locate();
        if (tools is null)
        {
            if (TestEnvironment.IsCi)
            {
                throw new InvalidOperationException(missing + " CI installs them in .ci/run.");
            }

            UnavailableReason = missing;
            return;
        }

        Tools = tools;

        var port = LoopbackPort.Free();
        Root = new Uri($"http://127.0.0.1:{port}/");
        UseKestrel(o => o.Listen(IPAddress.Loopback, port));
    }

    public BrowserTools Tools { get; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Root { get; } = null!;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;

    protected override string PublicOrigin => Root.GetLeftPart(UriPartial.Authority);

    public override async ValueTask InitializeAsync()
    {
        if (UnavailableReason is not null)
        {
            return;
        }

        StartServer();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Tools.Chromium,
            Headless = true,
            Args = BrowserTools.ChromiumArgs,
        });
    }

    /// <summary>A fresh browser profile (own cookies, or a saved session's) at the given viewport width.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, bool javaScript = true, string? storageState = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Root.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            StorageState = storageState,
        });

    public async Task<IPage> SignedInPageAsync(string email, string password, int width = 1280)
    {
        var context = await NewContextAsync(width);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator("main").GetByLabel("E-mail address").FillAsync(email);
        await page.Locator("main").GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        try
        {
            // Signing in hashes the password: on a loaded two-core machine that can take a while.
            await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = 90_000 });
        }
        catch (TimeoutException)
        {
            var said = await page.Locator("main").InnerTextAsync();
            throw new InvalidOperationException($"Signing in as {email} did not leave the log-in page. It said: {said}");
        }

        return page;
    }

    private Task<IReadOnlyList<PageVisit>>? pageVisits;

    /// <summary>Every page type, visited once per run and shared by the checks that need them.</summary>
    public Task<IReadOnlyList<PageVisit>> PageVisitsAsync() => pageVisits ??= PageTypes.VisitAllAsync(this);

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser";
}
