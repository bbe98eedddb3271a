using System.Diagnostics;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// Samples time, managed heap, working set and the export folder's size every 250 ms on a thread-pool timer, from
/// its creation until <see cref="StopAsync"/>, which adds a last sample.
/// </summary>
internal sealed class FecDatabaseSampler : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly DirectoryInfo _folder;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly List<FecDatabaseSample> _samples = [];
    private readonly PeriodicTimer _timer = new(Interval);
    private readonly Task _loop;

    public FecDatabaseSampler(string folder)
    {
        _folder = new DirectoryInfo(folder);
        Sample();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Stops sampling and returns the samples, the last one taken now.</summary>
    public async Task<IReadOnlyList<FecDatabaseSample>> StopAsync()
    {
        _timer.Dispose();
        await _loop;
        Sample();
        return _samples;
    }

    public async ValueTask DisposeAsync()
    {
        _timer.Dispose();
        await _loop;
    }

    private async Task LoopAsync()
    {
        // WaitForNextTickAsync returns false once the timer is disposed.
        while (await _timer.WaitForNextTickAsync())
            Sample();
    }

    private void Sample() => _samples.Add(new FecDatabaseSample(
        Stopwatch.GetElapsedTime(_started), GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet, FolderBytes()));

    private long FolderBytes()
    {
        long bytes = 0;
        foreach (var file in _folder.EnumerateFiles())
        {
            try
            {
                bytes += file.Length;
            }
            catch (FileNotFoundException)
            {
                // Renamed from .tmp between listing and reading its length.
            }
        }
        // The file only grows (then is renamed whole): a sample caught in the rename keeps the previous size.
        return _samples.Count == 0 ? bytes : Math.Max(bytes, _samples[^1].FileBytes);
    }
}
