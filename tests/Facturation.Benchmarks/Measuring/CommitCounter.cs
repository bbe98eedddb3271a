using System.Diagnostics.Metrics;

namespace Facturation.Benchmarks.Measuring;

/// <summary>
/// Counts the issuing pipeline's commits and the issues they carried, from its meter
/// (<c>Facturation.Issuing</c>, histogram <c>facturation.issuing.issues_per_commit</c>), while it is alive.
/// </summary>
internal sealed class CommitCounter : IDisposable
{
    private const string MeterName = "Facturation.Issuing";
    private const string InstrumentName = "facturation.issuing.issues_per_commit";

    private readonly MeterListener _listener = new();
    private long _commits;
    private long _issues;

    public CommitCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MeterName && instrument.Name == InstrumentName)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<int>((_, issues, _, _) =>
        {
            Interlocked.Increment(ref _commits);
            Interlocked.Add(ref _issues, issues);
        });
        _listener.Start();
    }

    public long Commits => Interlocked.Read(ref _commits);

    public long Issues => Interlocked.Read(ref _issues);

    public void Dispose() => _listener.Dispose();
}
