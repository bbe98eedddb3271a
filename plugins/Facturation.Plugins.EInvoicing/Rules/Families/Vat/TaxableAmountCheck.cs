namespace Facturation.Plugins.EInvoicing.Rules.Families.Vat;

/// <summary>How a category's rule -08 compares the VAT category taxable amount (BT-116) with its items, as bound
/// to CII in the published Schematron (ConnectingEurope/eInvoicing-EN16931, cii/schematron/CII/EN16931-CII-model.sch).</summary>
internal enum TaxableAmountCheck
{
    /// <summary>For each rate, exactly the rounded sum of items of the category with that rate (BR-S-08, BR-AF-08, BR-AG-08).</summary>
    ExactPerRate,

    /// <summary>Within one currency unit (bounds excluded) of the rounded sum of every item of the category
    /// (BR-Z-08, BR-E-08, BR-AE-08, BR-IC-08, BR-G-08).</summary>
    WithinOneUnit,

    /// <summary>Exactly the rounded sum of every item of the category (BR-O-08).</summary>
    Exact,
}
