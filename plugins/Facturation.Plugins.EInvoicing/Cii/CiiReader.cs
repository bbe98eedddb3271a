using System.Xml;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>
/// Reads a received CII D16B invoice into a snapshot as received: amounts, VAT breakdown and totals as the file states
/// them (not recomputed), the specification identifier (BT-24) as the profile. Factur-X MINIMUM and BASIC WL files are
/// refused: they carry no lines and are not invoices under EN 16931. Every value that cannot be read is a problem
/// naming its element; a document with problems gives no snapshot.
/// </summary>
internal static class CiiReader
{
    private const string Transaction = "rsm:SupplyChainTradeTransaction";
    private const string Agreement = Transaction + "/ram:ApplicableHeaderTradeAgreement";
    private const string Delivery = Transaction + "/ram:ApplicableHeaderTradeDelivery";
    private const string Settlement = Transaction + "/ram:ApplicableHeaderTradeSettlement";

    /// <summary>The snapshot of <paramref name="document"/>, or the problems that prevent reading it.</summary>
    public static EInvoiceImport Read(XmlDocument document)
    {
        var problems = new List<Problem>();
        if (document.DocumentElement is not { LocalName: CiiNamespaces.Root, NamespaceURI: CiiNamespaces.Rsm } rootElement)
            return new EInvoiceImport(null, null, [new Problem("einvoice.not-cii", "The root element is not rsm:CrossIndustryInvoice.")]);
        var root = new CiiNode(rootElement, CiiNode.NamespacesFor(document), problems);
        var profile = root.Text("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID");
        if (profile is SpecificationIds.FacturXMinimum or SpecificationIds.FacturXBasicWl)
        {
            return new EInvoiceImport(null, profile, [new Problem("einvoice.not-an-invoice",
                "Not an invoice under EN 16931: the Factur-X MINIMUM/BASIC WL profiles carry no lines.",
                "/CrossIndustryInvoice/ExchangedDocumentContext/GuidelineSpecifiedDocumentContextParameter/ID")]);
        }
        if (profile is null)
            root.Missing("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", "The specification identifier (BT-24)");
        var items = root.Children(Transaction + "/ram:IncludedSupplyChainTradeLineItem").ToList();
        if (items.Count == 0)
        {
            return new EInvoiceImport(null, profile, [new Problem("einvoice.not-an-invoice",
                "Not an invoice under EN 16931: the document has no lines (BG-25).", "/CrossIndustryInvoice/SupplyChainTradeTransaction")]);
        }

        var process = root.Text("rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID");
        var typeCode = root.RequiredText("rsm:ExchangedDocument/ram:TypeCode", "The invoice type code (BT-3)");
        var type = DocumentTypeCodes.Parse(typeCode);
        if (type is null && typeCode.Length > 0)
            root.Report("einvoice.unknown-type", $"'{typeCode}' is not an invoice type code EN 16931 allows (UNTDID 1001 subset).", "rsm:ExchangedDocument/ram:TypeCode");
        var currency = Currency(root);
        var settlement = root.Child(Settlement);
        if (settlement is null)
        {
            root.Missing(Settlement, "The settlement (BG-22, BG-23)");
            return new EInvoiceImport(null, profile, problems);
        }

        var (breakdown, onPayment) = CiiSettlementReader.ReadBreakdown(settlement, currency);
        var nature = process is { Length: > 0 } && process[0] == 'S' ? LineNature.Service : LineNature.Goods;
        var lines = items.Select(item => CiiLineReader.Read(item, nature)).ToList();
        var allowancesCharges = CiiSettlementReader.ReadAllowancesCharges(settlement).ToList();
        var seller = ReadParty(root, "SellerTradeParty", "seller", "BG-4") with { BankAccount = CiiSettlementReader.ReadPayeeAccount(settlement) };
        var buyer = ReadParty(root, "BuyerTradeParty", "buyer", "BG-7");

        var business = new BusinessDocument(type ?? DocumentType.Invoice,
            root.Date("rsm:ExchangedDocument/ram:IssueDateTime") ?? MissingDate(root),
            currency, seller, buyer, [.. lines.Select(static l => l.Line)])
        {
            Number = root.RequiredText("rsm:ExchangedDocument/ram:ID", "The invoice number (BT-1)"),
            BuyerReference = root.Text(Agreement + "/ram:BuyerReference"),
            PurchaseOrderReference = root.Text(Agreement + "/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"),
            DeliveryDate = root.Date(Delivery + "/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime"),
            InvoicingPeriod = ReadPeriod(settlement),
            DeliveryAddress = root.Child(Delivery + "/ram:ShipToTradeParty/ram:PostalTradeAddress") is { } shipTo
                ? CiiPartyReader.ReadAddress(shipTo)
                : null,
            AllowancesCharges = [.. allowancesCharges.Select(static a => a.AllowanceCharge)],
            PrecedingDocuments = CiiSettlementReader.ReadPreceding(settlement, type ?? DocumentType.Invoice, process),
            Notes = [.. root.Children("rsm:ExchangedDocument/ram:IncludedNote")
                .Where(static n => n.Text("ram:Content") is not null)
                .Select(static n => new DocumentNote(n.Text("ram:Content")!, n.Text("ram:SubjectCode")))],
            PaymentTerms = CiiSettlementReader.ReadPaymentTerms(settlement),
        };
        var snapshot = new DocumentSnapshot(business,
            [.. lines.Select(l => new PricedLine(l.Line, new Money(l.NetAmount, currency), Complete(l.Tax, breakdown, onPayment)))],
            [.. allowancesCharges.Select(a => new PricedAllowanceCharge(a.AllowanceCharge, Complete(a.Tax, breakdown, onPayment)))],
            breakdown,
            CiiTotalsReader.Read(settlement, currency),
            []);
        return problems.Count == 0 ? new EInvoiceImport(snapshot, profile, []) : new EInvoiceImport(null, profile, problems);
    }

    /// <summary>BG-14 with both ends; a period with one end only is kept as a one-day period on that end, so that BR-CO-19
    /// holds and the date is not lost.</summary>
    private static InvoicingPeriod? ReadPeriod(CiiNode settlement)
    {
        var start = settlement.Date("ram:BillingSpecifiedPeriod/ram:StartDateTime");
        var end = settlement.Date("ram:BillingSpecifiedPeriod/ram:EndDateTime");
        return (start ?? end) is { } first ? new InvoicingPeriod(start ?? first, end ?? first) : null;
    }

    private static Party ReadParty(CiiNode root, string element, string term, string group)
    {
        var path = $"{Agreement}/ram:{element}";
        var node = root.Child(path);
        if (node is null)
            root.Missing(path, $"The {term} ({group})");
        return CiiPartyReader.Read(node, term);
    }

    private static TaxDecision Complete(TaxDecision tax, IReadOnlyList<TaxSubtotal> breakdown, HashSet<(VatCategory, decimal)> onPayment) =>
        CiiTaxReader.Complete(tax, breakdown, onPayment.Contains((tax.Category, tax.RatePercent)));

    private static CurrencyCode Currency(CiiNode root)
    {
        const string path = Settlement + "/ram:InvoiceCurrencyCode";
        var code = root.Text(path);
        if (CurrencyCode.IsWellFormed(code))
            return new CurrencyCode(code!);
        if (code is null)
            root.Missing(path, "The invoice currency code (BT-5)");
        else
            root.Report("einvoice.bad-code", $"'{code}' is not an ISO 4217 currency code.", path);
        return CurrencyCode.Eur;
    }

    private static DateOnly MissingDate(CiiNode root)
    {
        if (root.Child("rsm:ExchangedDocument/ram:IssueDateTime") is null)
            root.Missing("rsm:ExchangedDocument/ram:IssueDateTime", "The invoice issue date (BT-2)");
        return DateOnly.MinValue;
    }
}
