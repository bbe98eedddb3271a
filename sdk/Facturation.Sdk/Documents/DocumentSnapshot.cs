using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Documents;

/// <summary>
/// Everything frozen when a document is issued: what renderers, e-invoice formats and accounting exports
/// read. Later edits of a customer, a template or a plugin never change it.
/// </summary>
/// <param name="Document">The document with its number, parties and references as issued.</param>
/// <param name="Lines">Lines with net amounts and tax decisions, in document order.</param>
/// <param name="AllowancesCharges">Document-level allowances and charges with their tax decisions.</param>
/// <param name="TaxBreakdown">VAT per category and rate.</param>
/// <param name="Totals">Document totals.</param>
/// <param name="Mentions">Legal mentions printed on the document.</param>
public sealed record DocumentSnapshot(
    BusinessDocument Document,
    IReadOnlyList<PricedLine> Lines,
    IReadOnlyList<PricedAllowanceCharge> AllowancesCharges,
    IReadOnlyList<TaxSubtotal> TaxBreakdown,
    DocumentTotals Totals,
    IReadOnlyList<LegalMention> Mentions)
{
    /// <summary>The plugins (ids and versions) used to issue the document.</summary>
    public IReadOnlyList<PluginStamp> Plugins { get; init; } = [];

    /// <summary>SDK version the host ran when the document was issued.</summary>
    public string? SdkVersion { get; init; }

    /// <summary>
    /// On a final invoice: the deposits it deducts, per deposit and per VAT category and rate, in the deposits' order
    /// (SDK 1.3). Their sum is <see cref="DocumentTotals.PrepaidAmount"/> (BT-113); empty on every other document.
    /// </summary>
    public IReadOnlyList<DepositDeduction> DepositDeductions { get; init; } = [];
}
