using System.Diagnostics;
using Microsoft.Playwright;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The second baseline: a plain warm Playwright page, as the stack notes describe it. Its own Debian Chromium
/// (the flags of STACK.md), one context with JavaScript off, one page reused for every print; no route, no pool,
/// no semaphore, no timeout. Prints either with the product's PDF options (CSS page box 210 × 297 mm with the
/// page-number footer, backgrounds, tagged PDF) or with the minimal ones (A4, backgrounds), so their cost shows.
/// </summary>
internal sealed class RenderPlainPage : IAsyncDisposable
{
    /// <summary>An inert switch that tells this browser apart in /proc.</summary>
    public const string Marker = "--facturation-bench-plain-page";

    // The product's page box: A4, margins and the "n / N" footer as CSS page-margin boxes, added at the start of head.
    private const string PageStyle =
        "<style>@page { size: 210mm 297mm; margin: 15mm 15mm 20mm 15mm; @bottom-center { content: counter(page) \"\\2002/\\2002\" counter(pages); "
        + "white-space: nowrap; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 8pt; color: #444; } }</style>";

    private static readonly PagePdfOptions ProductOptions = new()
    {
        PreferCSSPageSize = true,
        PrintBackground = true,
        Tagged = true,
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
        var headAt = html.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        await _page.SetContentAsync(productOptions && headAt >= 0 ? html.Insert(headAt + "<head>".Length, PageStyle) : html, Load);
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
