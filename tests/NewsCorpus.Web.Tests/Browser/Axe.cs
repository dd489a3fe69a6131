using System.Text.Json;
using Microsoft.Playwright;

namespace NewsCorpus.Web.Tests.Browser;

/// <summary>axe-core (vendored) run on the page a browser shows; needs a context with <c>BypassCSP</c>, as axe is injected inline.</summary>
public static class Axe
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Browser", "axe.min.js");

    /// <summary>Serious and critical violations on the current page, one line each.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = Script });
        var json = await page.EvaluateAsync<string>("""
            async () => {
                const r = await axe.run(document, { resultTypes: ['violations'] });
                return JSON.stringify(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`));
            }
            """);
        return JsonSerializer.Deserialize<string[]>(json)!;
    }
}
