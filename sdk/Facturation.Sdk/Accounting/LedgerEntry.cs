namespace Facturation.Sdk.Accounting;

/// <summary>A balanced accounting entry (Σ debit = Σ credit) produced from one issued document or payment.</summary>
/// <param name="Journal">Journal the entry belongs to.</param>
/// <param name="Sequence">Continuous, chronological number within the journal and period (1, 2, 3 ...).</param>
/// <param name="EntryDate">Accounting date.</param>
/// <param name="DocumentReference">Number of the supporting document (invoice, credit note, payment).</param>
/// <param name="DocumentDate">Date of the supporting document.</param>
/// <param name="Label">Entry label, e.g. "Facture F2026-00042 Dupont SA".</param>
/// <param name="ValidationDate">When the entry became final (issue date of the document).</param>
/// <param name="Lines">The lines, at least two.</param>
public sealed record LedgerEntry(
    LedgerJournal Journal,
    long Sequence,
    DateOnly EntryDate,
    string DocumentReference,
    DateOnly DocumentDate,
    string Label,
    DateOnly ValidationDate,
    IReadOnlyList<LedgerLine> Lines);
