namespace Facturation.Plugins.France.Accounting;

/// <summary>
/// The 18 fields of an FEC record, declared once in the order the administration requires (LPF art. A.47 A-1): the
/// header line is their names and every record writes its values in this order. The names are the published ones,
/// case included (<c>Montantdevise</c>, <c>Idevise</c>).
/// </summary>
internal enum FecField
{
    /// <summary>Journal code, e.g. <c>VE</c>.</summary>
    JournalCode,

    /// <summary>Journal label.</summary>
    JournalLib,

    /// <summary>Entry number, continuous in each journal.</summary>
    EcritureNum,

    /// <summary>Entry date (AAAAMMJJ).</summary>
    EcritureDate,

    /// <summary>Account number (PCG).</summary>
    CompteNum,

    /// <summary>Account label.</summary>
    CompteLib,

    /// <summary>Auxiliary (customer) account number, with <see cref="CompAuxLib"/> or not at all.</summary>
    CompAuxNum,

    /// <summary>Auxiliary account label.</summary>
    CompAuxLib,

    /// <summary>Supporting document reference (the invoice number).</summary>
    PieceRef,

    /// <summary>Supporting document date.</summary>
    PieceDate,

    /// <summary>Entry label.</summary>
    EcritureLib,

    /// <summary>Debit amount.</summary>
    Debit,

    /// <summary>Credit amount.</summary>
    Credit,

    /// <summary>Lettering code.</summary>
    EcritureLet,

    /// <summary>Lettering date.</summary>
    DateLet,

    /// <summary>Validation date.</summary>
    ValidDate,

    /// <summary>Amount in the foreign currency, with <see cref="Idevise"/> or not at all.</summary>
    Montantdevise,

    /// <summary>Foreign currency (ISO 4217).</summary>
    Idevise,
}
