using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace Facturation.Rendering.Pdf;

/// <summary>
/// Prints HTML to A4 PDF with Debian's Chromium through Playwright. One warm browser for all renders (started on
/// first use, restarted when it dies), up to <see cref="ChromiumOptions.MaxConcurrentPages"/> pages at once,
/// pages reused. JavaScript is disabled and every request other than <c>data:</c> aborted, so a template can
/// neither run code nor reach the network or the disk.
/// </summary>
public sealed class ChromiumPdfRenderer : IPdfRenderer, IAsyncDisposable
{
    private readonly ChromiumOptions _options;
    private readonly ILogger _logger;
    private readonly ChromiumBrowserHost _browserHost;
    private readonly ChromiumPagePool _pages;
    private readonly SemaphoreSlim _pageSlots;

    /// <summary>Creates the renderer; nothing starts until the first render.</summary>
    /// <exception cref="ArgumentException">The options cannot work (see <see cref="ChromiumOptions.Validate"/>).</exception>
    public ChromiumPdfRenderer(ChromiumOptions options, ILogger<ChromiumPdfRenderer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _logger = logger ?? NullLogger<ChromiumPdfRenderer>.Instance;
        _browserHost = new ChromiumBrowserHost(options, _logger);
        _pages = new ChromiumPagePool(options.MaxConcurrentPages);
        _pageSlots = new SemaphoreSlim(options.MaxConcurrentPages, options.MaxConcurrentPages);
    }

    /// <summary>Browsers started so far: 1 after any number of renders, +1 per crash recovered.</summary>
    internal int LaunchCount => _browserHost.LaunchCount;

    /// <summary>The inert switch on this renderer's browser command line.</summary>
    internal string ProcessMarker => _browserHost.ProcessMarker;

    /// <inheritdoc />
    public async Task<PdfRenderResult> RenderAsync(PdfRenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Html);
        ArgumentNullException.ThrowIfNull(request.Language);
        ArgumentNullException.ThrowIfNull(request.Footer);

        var executable = _options.ResolvedExecutablePath;
        if (!File.Exists(executable))
        {
            return PdfRenderResult.Failed(PdfRenderFailure.ChromiumMissing,
                $"Chromium is not installed at {executable}: install the Debian package 'chromium-headless-shell' " +
                "(or 'chromium'): apt-get install chromium-headless-shell fonts-liberation2 fonts-dejavu-core");
        }

        await _pageSlots.WaitAsync(cancellationToken);
        try
        {
            return await RenderWithRestartAsync(request, executable, cancellationToken);
        }
        finally
        {
            _pageSlots.Release();
        }
    }

    /// <summary>Closes the browser and Playwright's driver.</summary>
    public async ValueTask DisposeAsync()
    {
        _pages.Clear();
        await _browserHost.DisposeAsync();
    }

    private async Task<PdfRenderResult> RenderWithRestartAsync(PdfRenderRequest request, string executable, CancellationToken cancellationToken)
    {
        IBrowser? failed = null;
        for (var attempt = 1; ; attempt++)
        {
            IBrowser browser;
            try
            {
                browser = await _browserHost.GetBrowserAsync(failed, cancellationToken);
            }
            catch (PlaywrightException ex)
            {
                _logger.LogError(ex, "Chromium at {Path} did not start", executable);
                return PdfRenderResult.Failed(PdfRenderFailure.BrowserUnavailable,
                    $"Chromium at {executable} did not start: {FirstLine(ex.Message)}");
            }

            var blockedUrls = new ConcurrentQueue<string>();
            try
            {
                return await RenderOnceAsync(browser, request, blockedUrls, cancellationToken);
            }
            catch (PlaywrightException ex) when (BrowserDied(browser, ex))
            {
                if (attempt == 2)
                {
                    _logger.LogError(ex, "Chromium died twice while printing a PDF");
                    return PdfRenderResult.Failed(PdfRenderFailure.BrowserCrashed,
                        $"Chromium died while printing, twice: {FirstLine(ex.Message)}", Distinct(blockedUrls));
                }
                _logger.LogWarning(ex, "Chromium died while printing a PDF; starting a new one");
                failed = browser;
            }
        }
    }

    private async Task<PdfRenderResult> RenderOnceAsync(
        IBrowser browser, PdfRenderRequest request, ConcurrentQueue<string> blockedUrls, CancellationToken cancellationToken)
    {
        var rented = new StrongBox<PooledPage?>();
        var printing = RentAndPrintAsync(browser, request, blockedUrls, rented);
        try
        {
            // The timeout covers opening a page too: a hung browser must not hang the caller.
            var pdf = await printing.WaitAsync(_options.RenderTimeout, cancellationToken);
            await _pages.ReturnAsync(rented.Value!);
            var blocked = Distinct(blockedUrls);
            if (blocked.Length > 0)
                _logger.LogWarning("PDF render blocked {Count} request(s): {Urls}", blocked.Length, string.Join(", ", blocked));
            return PdfRenderResult.Success(pdf, blocked);
        }
        catch (System.TimeoutException) when (!printing.IsCompleted)
        {
            Abandon(printing, rented);
            _logger.LogWarning("PDF render exceeded {Timeout}", _options.RenderTimeout);
            return PdfRenderResult.Failed(PdfRenderFailure.Timeout,
                $"The document was not printed within {_options.RenderTimeout.TotalSeconds:0.###} s", Distinct(blockedUrls));
        }
        catch (OperationCanceledException) when (!printing.IsCompleted)
        {
            Abandon(printing, rented);
            throw;
        }
    }

    private async Task<byte[]> RentAndPrintAsync(
        IBrowser browser, PdfRenderRequest request, ConcurrentQueue<string> blockedUrls, StrongBox<PooledPage?> rented)
    {
        var page = await _pages.RentAsync(browser, request.Language);
        rented.Value = page;
        try
        {
            return await page.PrintAsync(request, blockedUrls);
        }
        catch (PlaywrightException)
        {
            await page.CloseAsync();
            throw;
        }
    }

    /// <summary>A render given up (timeout, cancellation) keeps running in the browser: close its page, now or once
    /// it is open, which ends the print; and observe its failure so it is not an unobserved task exception.</summary>
    private static void Abandon(Task printing, StrongBox<PooledPage?> rented)
    {
        _ = printing.ContinueWith(async task =>
        {
            _ = task.Exception;
            if (rented.Value is { } page)
                await page.CloseAsync();
        }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        if (rented.Value is { } page)
            _ = page.CloseAsync();
    }

    /// <summary>Whether a failure means the browser (or the page's renderer process) is gone, which a restart fixes.
    /// Playwright's TargetClosedException is internal, and the disconnection may be noticed just after the failed
    /// call, hence the message as a fallback.</summary>
    private static bool BrowserDied(IBrowser browser, PlaywrightException exception) =>
        !browser.IsConnected
        || exception.Message.Contains("has been closed", StringComparison.OrdinalIgnoreCase)
        || exception.Message.Contains("crashed", StringComparison.OrdinalIgnoreCase);

    private static string[] Distinct(ConcurrentQueue<string> urls) => [.. urls.Distinct(StringComparer.Ordinal)];

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
