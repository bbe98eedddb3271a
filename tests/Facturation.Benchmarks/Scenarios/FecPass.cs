using System.Diagnostics;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>One pass writing every entry to a file: time, file, memory samples, collections and allocations.</summary>
/// <param name="Elapsed">From the first entry read to the file flushed and closed.</param>
/// <param name="FileBytes">Size of the file.</param>
/// <param name="Lines">Lines counted in the file (header included).</param>
/// <param name="Samples">Memory at each tenth.</param>
/// <param name="Gen0">Gen-0 collections during the pass.</param>
/// <param name="Gen2">Gen-2 collections during the pass.</param>
/// <param name="AllocatedBytes">Bytes allocated by the process during the pass.</param>
internal sealed record FecPass(TimeSpan Elapsed, long FileBytes, long Lines, IReadOnlyList<FecMemorySample> Samples, int Gen0, int Gen2, long AllocatedBytes)
{
    /// <summary>Writes a pass to <paramref name="path"/> with <paramref name="write"/>, then counts the file's lines.</summary>
    public static async Task<FecPass> RunAsync(
        string path, Func<FecProgress, Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var started = Stopwatch.GetTimestamp();
        var progress = new FecProgress();
        await using (var file = File.Create(path))
            await write(progress, file, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var pass = new FecPass(elapsed, new FileInfo(path).Length, 0, progress.Samples,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2, GC.GetTotalAllocatedBytes(precise: false) - allocated);
        return pass with { Lines = await CountLinesAsync(path, cancellationToken) };
    }

    private static async Task<long> CountLinesAsync(string path, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 20];
        long lines = 0;
        await using var file = File.OpenRead(path);
        int read;
        while ((read = await file.ReadAsync(buffer, cancellationToken)) > 0)
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        return lines;
    }
}
