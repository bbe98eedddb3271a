using Microsoft.Playwright;

namespace Facturation.Rendering.Pdf;

/// <summary>Idle <see cref="PooledPage"/>s of the current browser, by language, at most one per concurrent render.</summary>
internal sealed class ChromiumPagePool(int capacity)
{
    private readonly Lock _lock = new();
    private readonly List<PooledPage> _idle = [];

    /// <summary>An idle page of <paramref name="browser"/> for <paramref name="language"/>, or a new one. Pages of
    /// an earlier (dead) browser are closed on the way.</summary>
    public async Task<PooledPage> RentAsync(IBrowser browser, string language)
    {
        PooledPage? found = null;
        var stale = new List<PooledPage>();
        lock (_lock)
        {
            for (var i = _idle.Count - 1; i >= 0; i--)
            {
                var page = _idle[i];
                if (page.Browser != browser || !page.IsUsable)
                    stale.Add(page);
                else if (found is not null || page.Language != language)
                    continue;
                else
                    found = page;
                _idle.RemoveAt(i);
            }
        }
        foreach (var page in stale)
            await page.CloseAsync();
        return found ?? await PooledPage.OpenAsync(browser, language);
    }

    /// <summary>Keeps a page that printed successfully for the next render; the oldest goes when the pool is full.</summary>
    public async Task ReturnAsync(PooledPage page)
    {
        var evicted = page;
        lock (_lock)
        {
            if (page.IsUsable)
            {
                _idle.Add(page);
                evicted = _idle.Count > capacity ? _idle[0] : null;
                if (evicted is not null)
                    _idle.RemoveAt(0);
            }
        }
        if (evicted is not null)
            await evicted.CloseAsync();
    }

    /// <summary>Forgets every idle page (the browser closing closes them).</summary>
    public void Clear()
    {
        lock (_lock)
            _idle.Clear();
    }
}
