namespace Facturation.Plugins.EInvoicing.Rules;

/// <summary>What carries a VAT category in an invoice: a line (BG-25), a document level allowance (BG-20) or
/// charge (BG-21).</summary>
internal enum TaxedItemKind
{
    /// <summary>Invoice line: category BT-151, rate BT-152, amount BT-131.</summary>
    Line,

    /// <summary>Document level allowance: category BT-95, rate BT-96, amount BT-92.</summary>
    Allowance,

    /// <summary>Document level charge: category BT-102, rate BT-103, amount BT-99.</summary>
    Charge,
}
