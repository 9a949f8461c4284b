using System.Text.Json;
using Microsoft.Playwright;

namespace Masthead.Web.Tests.Browser;

/// <summary>Runs axe-core inside the page against the WCAG 2.2 A and AA rules, colour contrast included.</summary>
public static class AxeCheck
{
    private const string Run = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
                resultTypes: ['violations'],
                preload: false,
            });
            return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
        }
        """;

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string axeScript)
    {
        // Evaluated through the DevTools protocol rather than added as a script tag: the site's
        // content security policy (script-src 'self') rightly refuses an inline script.
        await page.EvaluateAsync(await File.ReadAllTextAsync(axeScript));
        var result = await page.EvaluateAsync<JsonElement>(Run);
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
