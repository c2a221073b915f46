using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Tyollisyys.Browser.Tests.Support;

/// <summary>
/// Runs axe-core (from npm, copied next to the test assembly) on the current page and fails on any
/// WCAG 2.1 A/AA violation of impact "serious" or "critical".
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"axe-core is missing at {path}: build the test project (it runs 'npm ci').", path);
    });

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    // Returns only what the failure message needs, so the JSON crossing back stays small.
    private const string RunAxe = """
        async () => {
            const results = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
            return JSON.stringify(results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })));
        }
        """;

    public static async Task AssertAccessibleAsync(IPage page)
    {
        // Evaluated over the DevTools protocol, so the app's CSP (no inline scripts) does not block it.
        await page.EvaluateAsync(Source.Value);
        var violations = JsonSerializer.Deserialize<Violation[]>(await page.EvaluateAsync<string>(RunAxe), JsonOptions)!;
        if (violations.Length == 0)
        {
            return;
        }

        var problems = violations.Select(v => $"  [{v.Impact}] {v.Id}: {v.Help}\n    at {string.Join(", ", v.Targets)}");
        throw new XunitException($"axe found {violations.Length} serious or critical problem(s) on {page.Url}:\n{string.Join('\n', problems)}");
    }

    private sealed record Violation(string Id, string Impact, string Help, string[] Targets);
}
