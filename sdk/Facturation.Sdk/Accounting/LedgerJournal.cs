namespace Facturation.Sdk.Accounting;

/// <summary>The journals an invoicing module feeds.</summary>
public enum LedgerJournal
{
    /// <summary>Sales journal: invoices and credit notes.</summary>
    Sales,

    /// <summary>Bank journal: payments received.</summary>
    Bank,
}
