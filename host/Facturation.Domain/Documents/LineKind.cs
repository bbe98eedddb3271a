namespace Facturation.Domain.Documents;

/// <summary>Where a line comes from: people enter ordinary lines; the host writes deposit lines.</summary>
public enum LineKind
{
    /// <summary>An ordinary line entered by a person.</summary>
    Ordinary,

    /// <summary>A deposit invoice's line: the quote's base at one rate × the deposit percentage.</summary>
    Deposit,

    /// <summary>
    /// A negative line deducting one rate's base of an earlier deposit, on final invoices made before SDK 1.3; a final
    /// invoice now sells the whole quote and deducts its deposits as the paid amount (<c>DocumentSnapshot.DepositDeductions</c>).
    /// </summary>
    DepositDeduction,
}
