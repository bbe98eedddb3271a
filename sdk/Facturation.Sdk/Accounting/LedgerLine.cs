using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Accounting;

/// <summary>One line of a ledger entry: a debit or a credit (never both), in the accounting currency.</summary>
/// <param name="Role">What the line books.</param>
/// <param name="Debit">Debit amount, 0 when a credit.</param>
/// <param name="Credit">Credit amount, 0 when a debit.</param>
public sealed record LedgerLine(LedgerAccountRole Role, decimal Debit, decimal Credit)
{
    /// <summary>An explicit account number overriding the export's mapping of <see cref="Role"/>.</summary>
    public string? AccountNumber { get; init; }

    /// <summary>Customer code for the auxiliary (sub-)account, on receivable lines.</summary>
    public string? CounterpartyCode { get; init; }

    /// <summary>Customer name for the auxiliary account.</summary>
    public string? CounterpartyName { get; init; }

    /// <summary>VAT rate, on VAT lines and revenue lines split by rate.</summary>
    public decimal? VatRatePercent { get; init; }

    /// <summary>VAT category, on VAT lines.</summary>
    public VatCategory? VatCategory { get; init; }

    /// <summary>Amount in the document currency when it differs from the accounting currency.</summary>
    public Money? ForeignAmount { get; init; }

    /// <summary>Lettering code tying an invoice line to its payment.</summary>
    public string? LetteringCode { get; init; }

    /// <summary>Date of the lettering.</summary>
    public DateOnly? LetteringDate { get; init; }
}
