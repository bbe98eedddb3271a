using System.Diagnostics;
using Microsoft.Playwright;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The second baseline: a plain warm Playwright page, as the stack notes describe it. Its own Debian Chromium
/// (the flags of STACK.md), one context with JavaScript off, one page reused for every print; no route, no pool,
/// no semaphore, no timeout. Prints either with the product's PDF options (A4 as 210 × 297 mm, backgrounds, tagged
/// PDF, page-number footer) or with the minimal ones (A4, backgrounds), so the cost of those options shows.
/// </summary>
internal sealed class RenderPlainPage : IAsyncDisposable
{
    /// <summary>An inert switch that tells this browser apart in /proc.</summary>
    public const string Marker = "--facturation-bench-plain-page";

    private const string Footer =
        """<div style="width:100%;margin:0 15mm;font-family:'DejaVu Sans',sans-serif;font-size:8pt;text-align:center"><span class="pageNumber"></span>&#8194;/&#8194;<span class="totalPages"></span></div>""";

    private static readonly PagePdfOptions ProductOptions = new()
    {
        Width = "210mm",
        Height = "297mm",
        PrintBackground = true,
        Tagged = true,
        DisplayHeaderFooter = true,
        HeaderTemplate = "<span></span>",
        FooterTemplate = Footer,
        Margin = new Margin { Top = "15mm", Right = "15mm", Bottom = "20mm", Left = "15mm" },
    };

    private static readonly PagePdfOptions MinimalOptions = new()
    {
        Width = "210mm",
        Height = "297mm",
        PrintBackground = true,
    };

    private static readonly PageSetContentOptions Load = new() { WaitUntil = WaitUntilState.Load, Timeout = 30_000 };

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private RenderPlainPage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _page = page;
    }

    public string BrowserVersion => _browser.Version;

    public static async Task<RenderPlainPage> StartAsync(string executable, string language)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = [.. RenderColdChromium.StackFlags, Marker],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = language });
            var page = await context.NewPageAsync();
            return new RenderPlainPage(playwright, browser, page);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Loads <paramref name="html"/> in the page and prints it.</summary>
    public async Task<RenderPlainPrint> PrintAsync(string html, bool productOptions)
    {
        var started = Stopwatch.GetTimestamp();
        await _page.SetContentAsync(html, Load);
        var loaded = Stopwatch.GetTimestamp();
        var pdf = await _page.PdfAsync(productOptions ? ProductOptions : MinimalOptions);
        var printed = Stopwatch.GetTimestamp();
        return new RenderPlainPrint(pdf,
            Stopwatch.GetElapsedTime(started, loaded).TotalMilliseconds,
            Stopwatch.GetElapsedTime(loaded, printed).TotalMilliseconds);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
