namespace Masthead.Web.Tests.Browser;

/// <summary>
/// Where the browser suite's tools live: Debian's Chromium, and the checkers from the repository's
/// npm packages (axe-core; the Nu HTML Checker, run on Java). Nothing is ever downloaded.
/// </summary>
public sealed record BrowserTools(string Chromium, string AxeScript, string VnuJar, string Java)
{
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The tools, or what is missing and how to get it.</summary>
    public static (BrowserTools? Tools, string? Missing) Locate()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        var axe = Path.Combine(RepositoryRoot, "node_modules", "axe-core", "axe.min.js");
        var vnu = Path.Combine(RepositoryRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        var java = Environment.GetEnvironmentVariable("JAVA_BIN") is { Length: > 0 } j ? j : "/usr/bin/java";
        var missing = new List<string>();
        if (!File.Exists(chromium))
        {
            missing.Add($"Chromium at {chromium} (apt-get install chromium)");
        }

        if (!File.Exists(axe) || !File.Exists(vnu))
        {
            missing.Add("axe-core and vnu-jar (npm ci at the repository root)");
        }

        if (!File.Exists(java))
        {
            missing.Add($"Java at {java} (apt-get install default-jre-headless)");
        }

        return missing.Count == 0
            ? (new BrowserTools(chromium, axe, vnu, java), null)
            : (null, "Browser tests need " + string.Join("; ", missing) + ".");
    }

    /// <summary>Screenshots go to an ignored folder; the README shows copies under docs/.</summary>
    public static string ScreenshotFolder => Directory.CreateDirectory(Path.Combine(RepositoryRoot, "artifacts", "screenshots")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Masthead.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Masthead.slnx) above " + AppContext.BaseDirectory);
    }
}
