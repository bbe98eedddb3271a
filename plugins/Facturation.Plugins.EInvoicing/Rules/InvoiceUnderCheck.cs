using System.Globalization;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Rules;

/// <summary>
/// A snapshot seen as an EN 16931 invoice: the terms the snapshot holds directly plus those derived the way the
/// writers derive them (BT-3 from the document type, BT-24 from the requested profile, BT-81 from the seller's
/// account and the mandate, BT-6 from the accounting exchange rate), and the lines, allowances and charges as one
/// list of taxed items.
/// </summary>
internal sealed class InvoiceUnderCheck
{
    /// <summary>Reads <paramref name="snapshot"/> as it would be written under <paramref name="specificationId"/>.</summary>
    public InvoiceUnderCheck(DocumentSnapshot snapshot, string specificationId)
    {
        Snapshot = snapshot;
        SpecificationId = specificationId;
        TypeCode = DocumentTypeCodes.For(snapshot.Document.Type);
        PaymentMeansCode = PaymentMeansCodes.For(snapshot);
        TaxedItems = [.. ItemsOf(snapshot)];
    }

    /// <summary>The snapshot.</summary>
    public DocumentSnapshot Snapshot { get; }

    /// <summary>The document (parties, references, terms).</summary>
    public BusinessDocument Document => Snapshot.Document;

    /// <summary>BT-24.</summary>
    public string SpecificationId { get; }

    /// <summary>BT-3; <see langword="null"/> for documents that are not invoices.</summary>
    public string? TypeCode { get; }

    /// <summary>BT-81; <see langword="null"/> when no payment instructions are written.</summary>
    public string? PaymentMeansCode { get; }

    /// <summary>BT-5 as written.</summary>
    public string? Currency => Document.Currency.Value;

    /// <summary>BT-6: the VAT accounting currency, when an accounting exchange rate to another currency than BT-5 is
    /// given (a rate to the document's own currency states no accounting currency and is not written).</summary>
    public string? AccountingCurrency =>
        Document.AccountingExchangeRate?.To.Value is { } to && to != Currency ? to : null;

    /// <summary>BT-31.</summary>
    public string? SellerVatId => Blank(Document.Seller.VatNumber);

    /// <summary>BT-32.</summary>
    public string? SellerTaxRegistrationId => Blank(Document.Seller.TaxRegistrationId);

    /// <summary>BT-48.</summary>
    public string? BuyerVatId => Blank(Document.Buyer.VatNumber);

    /// <summary>BT-47.</summary>
    public string? BuyerLegalRegistrationId => Blank(PartyIdentifiers.LegalRegistration(Document.Buyer)?.Value);

    /// <summary>Lines, then document level allowances and charges, in snapshot order.</summary>
    public IReadOnlyList<TaxedItem> TaxedItems { get; }

    /// <summary>The taxed items of <paramref name="category"/>.</summary>
    public IEnumerable<TaxedItem> ItemsIn(VatCategory category) => TaxedItems.Where(i => i.Category == category);

    /// <summary>The VAT breakdown rows of <paramref name="category"/> with their index.</summary>
    public IEnumerable<(TaxSubtotal Row, int Index)> BreakdownIn(VatCategory category) =>
        Snapshot.TaxBreakdown.Select(static (row, index) => (row, index)).Where(r => r.row.Category == category);

    /// <summary>Path of a VAT breakdown row.</summary>
    public static string BreakdownField(int index) => $"TaxBreakdown[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>Null for null, empty or white-space text.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static IEnumerable<TaxedItem> ItemsOf(DocumentSnapshot snapshot)
    {
        for (var i = 0; i < snapshot.Lines.Count; i++)
        {
            var line = snapshot.Lines[i];
            yield return new TaxedItem(TaxedItemKind.Line, line.Tax.Category, line.Tax.RatePercent, line.NetAmount.Amount,
                $"Lines[{i.ToString(CultureInfo.InvariantCulture)}]");
        }
        for (var i = 0; i < snapshot.AllowancesCharges.Count; i++)
        {
            var priced = snapshot.AllowancesCharges[i];
            yield return new TaxedItem(priced.AllowanceCharge.IsCharge ? TaxedItemKind.Charge : TaxedItemKind.Allowance,
                priced.Tax.Category, priced.Tax.RatePercent, priced.AllowanceCharge.Amount,
                $"AllowancesCharges[{i.ToString(CultureInfo.InvariantCulture)}]");
        }
    }
}
