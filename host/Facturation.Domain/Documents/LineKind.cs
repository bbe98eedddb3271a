namespace Facturation.Domain.Documents;

/// <summary>Where a line comes from: people enter ordinary lines; the host writes deposit lines.</summary>
public enum LineKind
{
    /// <summary>An ordinary line entered by a person.</summary>
    Ordinary,

    /// <summary>A deposit invoice's line: the quote's base at one rate × the deposit percentage.</summary>
    Deposit,

    /// <summary>A final invoice's negative line deducting one rate's base of an earlier deposit.</summary>
    DepositDeduction,
}
