using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Facturation.Rendering.Pdf;

/// <summary>
/// Owns the one warm Chromium of a <see cref="ChromiumPdfRenderer"/>: started on first use, shared by every page,
/// started again when it has died. Launches are serialised, so eight renders arriving at once start one browser.
/// </summary>
internal sealed class ChromiumBrowserHost : IAsyncDisposable
{
    /// <summary>Switches for a headless printer in a container: no sandbox (root in CI), no GPU, no background
    /// traffic, /tmp instead of a small /dev/shm.</summary>
    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        // Second wall behind the route that aborts every request: preconnect and DNS prefetch hints open
        // connections without a request the route could see. No host name (nor IP address) resolves.
        "--host-resolver-rules=MAP * ~NOTFOUND",
    ];

    private readonly ChromiumOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _launchLock = new(1, 1);
    private IPlaywright? _playwright;
    private volatile IBrowser? _browser;
    private int _launchCount;
    private volatile bool _disposed;

    public ChromiumBrowserHost(ChromiumOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
        // An inert switch Chromium ignores; it tells this renderer's browser apart in `ps` (and in tests).
        ProcessMarker = $"--facturation-pdf-renderer={Guid.NewGuid():N}";
    }

    /// <summary>Browsers started so far (1 while the first lives; +1 per restart).</summary>
    public int LaunchCount => Volatile.Read(ref _launchCount);

    /// <summary>The extra command-line switch every browser of this host carries.</summary>
    public string ProcessMarker { get; }

    /// <summary>
    /// The running browser, started if none runs or if it is <paramref name="failed"/> (a browser a render saw die
    /// before Playwright noticed the disconnection).
    /// </summary>
    public async Task<IBrowser> GetBrowserAsync(IBrowser? failed, CancellationToken cancellationToken)
    {
        var current = _browser;
        if (current is { IsConnected: true } && current != failed)
            return current;

        await _launchLock.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            current = _browser;
            if (current is { IsConnected: true } && current != failed)
                return current;
            if (current is not null)
            {
                _browser = null;
                await CloseQuietlyAsync(current);
            }
            var browser = await LaunchAsync();
            _browser = browser;
            return browser;
        }
        finally
        {
            _launchLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _launchLock.WaitAsync();
        try
        {
            if (_disposed)
                return;
            _disposed = true;
            if (_browser is { } browser)
                await CloseQuietlyAsync(browser);
            _browser = null;
            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            _launchLock.Release();
        }
        // The semaphore is not disposed: a render still waiting on it must get ObjectDisposedException above,
        // not from the semaphore, and SemaphoreSlim holds no unmanaged handle unless AvailableWaitHandle is used.
    }

    private async Task<IBrowser> LaunchAsync()
    {
        // The driver (node + Playwright's package, copied to bin/.playwright by the NuGet package) never downloads
        // a browser on its own; ExecutablePath makes it use Debian's.
        _playwright ??= await Playwright.CreateAsync();
        IBrowser browser;
        try
        {
            browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = _options.ResolvedExecutablePath,
                Headless = true,
                Timeout = (float)_options.LaunchTimeout.TotalMilliseconds,
                Args = [.. LaunchArguments, ProcessMarker],
            });
        }
        catch (PlaywrightException)
        {
            // The driver itself may be what broke: start a fresh one next time.
            _playwright.Dispose();
            _playwright = null;
            throw;
        }
        var launch = Interlocked.Increment(ref _launchCount);
        _logger.LogInformation("Started Chromium {Version} from {Path} (launch {Launch})",
            browser.Version, _options.ResolvedExecutablePath, launch);
        browser.Disconnected += (_, _) =>
        {
            if (!_disposed)
                _logger.LogWarning("Chromium (launch {Launch}) disconnected; the next render starts a new one", launch);
        };
        return browser;
    }

    private async Task CloseQuietlyAsync(IBrowser browser)
    {
        try
        {
            await browser.CloseAsync();
        }
        catch (PlaywrightException ex)
        {
            _logger.LogDebug(ex, "Closing a dead Chromium failed, as expected");
        }
    }
}
