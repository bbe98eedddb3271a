namespace Facturation.Sdk.Numbering;

/// <summary>When the host starts a series' counter again at 1.</summary>
public enum CounterReset
{
    /// <summary>Never: one continuous counter.</summary>
    Never,

    /// <summary>Each calendar year of the issue date (only valid when the formatted number contains the year).</summary>
    Yearly,
}
