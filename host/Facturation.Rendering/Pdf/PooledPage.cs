using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Facturation.Rendering.Pdf;

/// <summary>
/// A browser context with one page, reused from render to render (a new context costs a renderer process,
/// ~0.5 s). Nothing carries over between documents: JavaScript is off, no request leaves, so there are no
/// cookies, storage or caches to share, and each <c>SetContent</c> replaces the whole document.
/// </summary>
internal sealed class PooledPage
{
    private const string LocalResourceDenied = "Not allowed to load local resource: ";
    private readonly IBrowserContext _context;
    private IPage _page = null!;
    private volatile ConcurrentQueue<string>? _blockedUrls;
    private volatile bool _crashed;

    private PooledPage(IBrowser browser, string language, IBrowserContext context)
    {
        Browser = browser;
        Language = language;
        _context = context;
    }

    public IBrowser Browser { get; }

    public string Language { get; }

    public bool IsUsable => !_crashed && !_page.IsClosed && Browser.IsConnected;

    public static async Task<PooledPage> OpenAsync(IBrowser browser, string language)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            Locale = string.IsNullOrWhiteSpace(language) ? null : language,
            ServiceWorkers = ServiceWorkerPolicy.Block,
            AcceptDownloads = false,
        });
        var pooled = new PooledPage(browser, language, context);
        try
        {
            // Everything but data: is aborted before it leaves the browser: http(s), ws, ftp, blob, ...
            await context.RouteAsync("**/*", pooled.AllowOnlyDataUrlsAsync);
            var page = await context.NewPageAsync();
            // file:// never reaches the route: Chromium itself refuses it to an about:blank document. Record it
            // (and anything else requested) from the page's own events.
            page.Request += (_, request) => pooled.Block(request.Url);
            page.Console += (_, message) =>
            {
                if (message.Text.StartsWith(LocalResourceDenied, StringComparison.Ordinal))
                    pooled.Block(message.Text[LocalResourceDenied.Length..].Trim());
            };
            page.Crash += (_, _) => pooled._crashed = true;
            pooled._page = page;
            return pooled;
        }
        catch (PlaywrightException)
        {
            await pooled.CloseAsync();
            throw;
        }
    }

    /// <summary>Loads the document and prints it; URLs it asks for are added to <paramref name="blockedUrls"/>.</summary>
    public async Task<byte[]> PrintAsync(PdfRenderRequest request, ConcurrentQueue<string> blockedUrls)
    {
        _blockedUrls = blockedUrls;
        try
        {
            // Timeout 0: the renderer's RenderTimeout governs the whole render, not Playwright's per-call default.
            await _page.SetContentAsync(PdfPageStyle.Insert(request.Html, request.Footer),
                new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = 0 });
            return await _page.PdfAsync(new PagePdfOptions
            {
                // Size, margins and footer come from the CSS page box (PdfPageStyle), laid out with the page.
                PreferCSSPageSize = true,
                PrintBackground = true,
                // A tagged (structured) PDF: screen readers follow headings, tables and reading order.
                Tagged = true,
            });
        }
        finally
        {
            _blockedUrls = null;
        }
    }

    /// <summary>Closes the context; quiet when the browser is already gone.</summary>
    public async Task CloseAsync()
    {
        try
        {
            await _context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The browser died or closed first: nothing left to close.
        }
    }

    private Task AllowOnlyDataUrlsAsync(IRoute route)
    {
        var url = route.Request.Url;
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return route.ContinueAsync();
        Block(url);
        return route.AbortAsync("blockedbyclient");
    }

    private void Block(string url)
    {
        if (!url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            _blockedUrls?.Enqueue(url);
    }
}
