namespace Facturation.Application.Common;

/// <summary>Counts the records a long use case handles and reports them as <see cref="WorkProgress"/>, now and then.</summary>
/// <param name="progress">Where to report, or <see langword="null"/>.</param>
/// <param name="total">Records in all.</param>
/// <param name="stage">The stage reported.</param>
public sealed class RecordCounter(IProgress<WorkProgress>? progress, long total, string stage = "writing records")
{
    // Often enough for a display refreshed ten times a second, rarely enough to cost nothing.
    private const int Every = 100;

    /// <summary>Records counted so far.</summary>
    public long Done { get; private set; }

    /// <summary>Counts one record.</summary>
    public void Written()
    {
        Done++;
        if (progress is not null && (Done % Every == 0 || Done == total))
            progress.Report(new WorkProgress(stage, Done, total));
    }
}
