namespace Facturation.Application.Documents;

/// <summary>Orders of document lists.</summary>
public enum DocumentSort
{
    /// <summary>By series and counter (chronological for issued documents).</summary>
    Number,

    /// <summary>By issue date, newest first.</summary>
    DateDescending,

    /// <summary>By total with VAT, largest first.</summary>
    TotalDescending,
}
