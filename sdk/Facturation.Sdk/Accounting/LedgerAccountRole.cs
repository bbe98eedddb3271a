namespace Facturation.Sdk.Accounting;

/// <summary>
/// What a ledger line books, independent of any chart of accounts. An export maps each role to the account
/// numbers of its country's plan (e.g. French PCG: 411, 706, 707, 44571, 44574, 512) through its settings.
/// </summary>
public enum LedgerAccountRole
{
    /// <summary>Customer receivable (FR 411).</summary>
    CustomerReceivable,

    /// <summary>Revenue from goods (FR 707).</summary>
    RevenueGoods,

    /// <summary>Revenue from services (FR 706).</summary>
    RevenueServices,

    /// <summary>VAT collected, due now (FR 4457x by rate).</summary>
    VatCollected,

    /// <summary>VAT collected but due on payment (FR 44574 for services taxed on receipt).</summary>
    VatPending,

    /// <summary>Bank (FR 512).</summary>
    Bank,

    /// <summary>Customer deposits received (FR 4191).</summary>
    CustomerDeposits,
}
