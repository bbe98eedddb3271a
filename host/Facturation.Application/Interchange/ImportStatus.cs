namespace Facturation.Application.Interchange;

/// <summary>How an import ended.</summary>
public enum ImportStatus
{
    /// <summary>At least one error: nothing was written.</summary>
    Refused,

    /// <summary>Everything was written (and, when asked, every imported draft was issued).</summary>
    Imported,

    /// <summary>
    /// Everything was written, then issuing stopped at a draft the issue service refused: the drafts before it are
    /// issued (see <see cref="ImportReport.Issued"/>), it and the ones after it stay drafts (<see cref="ImportReport.NotIssued"/>).
    /// </summary>
    IssueStopped,
}
