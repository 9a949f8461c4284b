using System.Diagnostics;
using System.Text.Json;

namespace Masthead.Web.Tests.Browser;

/// <summary>
/// The Nu HTML Checker over many pages in one JVM start (each start costs seconds).
/// Returns its errors as "page: line N: message".
/// </summary>
public static class HtmlChecker
{
    public static async Task<IReadOnlyList<string>> ErrorsAsync(BrowserTools tools, IReadOnlyDictionary<string, string> pages)
    {
        var folder = Directory.CreateTempSubdirectory("masthead-vnu-");
        try
        {
            foreach (var (name, html) in pages)
            {
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, name + ".html"), html);
            }

            var start = new ProcessStartInfo(tools.Java)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            foreach (var arg in new[] { "-jar", tools.VnuJar, "--errors-only", "--format", "json" })
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var file in Directory.GetFiles(folder.FullName, "*.html").Order(StringComparer.Ordinal))
            {
                start.ArgumentList.Add(file);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var report = await process.StandardError.ReadToEndAsync();
            await stdout;
            await process.WaitForExitAsync();
            if (process.ExitCode > 1 || report.Length == 0)
            {
                throw new InvalidOperationException($"The Nu HTML Checker did not run (exit {process.ExitCode}): {report}");
            }

            using var json = JsonDocument.Parse(report);
            return json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => $"{Path.GetFileNameWithoutExtension(m.GetProperty("url").GetString())}: line "
                    + $"{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
                .ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
