using Facturation.Application.EInvoicing;
using Facturation.Application.Plugins;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Application.Tests.EInvoicing;

/// <summary>
/// Every document of the matrix, issued for real, exported as CII and as UBL through <see cref="EInvoiceService"/>
/// (so the plugin's rules and schema checks passed), valid against the official XSDs checked here again, and read
/// back with the same number, type, totals, VAT breakdown, parties and references.
/// </summary>
[Collection(EInvoiceMatrixGroup.Name)]
public sealed class EInvoiceMatrixTests(EInvoiceMatrix matrix)
{
    [Theory]
    [MemberData(nameof(EInvoiceMatrix.CasesAndFormats), MemberType = typeof(EInvoiceMatrix))]
    public async Task IssuedDocument_IsExported_ValidAgainstTheOfficialSchemas(string name, string format)
    {
        var issued = matrix[name];

        var file = await ExportAsync(issued, format);

        Assert.Equal($"{issued.Number}.{format}.xml", file.FileName);
        Assert.Equal((issued.Number, issued.Snapshot.Document.Type, format), (file.Number, file.Type, file.FormatId));
        Assert.False(string.IsNullOrEmpty(file.Profile));
        foreach (var schema in OfficialSchemas.For(format, file.Content))
            Assert.Empty(OfficialSchemas.Errors(file.Content, schema));
    }

    [Theory]
    [MemberData(nameof(EInvoiceMatrix.CasesAndFormats), MemberType = typeof(EInvoiceMatrix))]
    public async Task ExportedDocument_ReadsBackAsIssued(string name, string format)
    {
        var issued = matrix[name];
        var file = await ExportAsync(issued, format);

        var read = matrix.App.Get<EInvoiceService>().Read(file.Content, file.FileName);

        Assert.True(read.Succeeded, string.Join(Environment.NewLine, read.Problems));
        var received = read.Value!;
        Assert.Equal((format, file.Profile), (received.FormatId, received.Profile));
        Assert.Empty(received.Problems);
        var expected = issued.Snapshot;
        var actual = received.Snapshot;
        Assert.Equal((expected.Document.Number, expected.Document.Type), (actual.Document.Number, actual.Document.Type));
        Assert.Equal(expected.Document.IssueDate, actual.Document.IssueDate);
        Assert.Equal(expected.Document.Currency, actual.Document.Currency);
        Assert.Equal(Totals(expected.Totals), Totals(actual.Totals));
        Assert.Equal(Amount(expected.Totals.TaxTotalInAccountingCurrency), Amount(actual.Totals.TaxTotalInAccountingCurrency));
        Assert.Equal(Breakdown(expected), Breakdown(actual));
        Assert.Equal(Party(expected.Document.Seller), Party(actual.Document.Seller));
        Assert.Equal(Party(expected.Document.Buyer), Party(actual.Document.Buyer));
        Assert.Equal(expected.Lines.Select(l => l.NetAmount.Amount), actual.Lines.Select(l => l.NetAmount.Amount));
        Assert.Equal(expected.Document.PrecedingDocuments.Select(p => (p.Number, p.IssueDate)), actual.Document.PrecedingDocuments.Select(p => (p.Number, p.IssueDate)));
    }

    public static TheoryData<string> Cases() => new(EInvoiceMatrix.CaseNames);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task IssuedDocument_PassedTheIssueCheck_AndExportsInEveryFormatTheCheckGuarantees(string name)
    {
        var issued = matrix[name];
        var check = Assert.Single(matrix.App.Get<ExtensionRegistry>().EInvoiceIssueChecks);

        // What was issued was checked (the snapshot records the check) and is therefore exportable.
        Assert.Contains(issued.Snapshot.Plugins, p => p.Role == "einvoice-issue-check:" + check.Id);
        Assert.Equal(["cii", "ubl"], check.FormatIds);
        foreach (var format in check.FormatIds)
            await ExportAsync(issued, format);
    }

    [Fact]
    public void Matrix_CoversTheVatCasesItNames()
    {
        // The matrix is only worth something if the France pack decided what each case claims to be.
        Assert.Equal([VatCategory.StandardRate], Categories("domestic"));
        Assert.Equal([10m, 20m], matrix["mixed-rates"].Snapshot.TaxBreakdown.Select(b => b.RatePercent).Where(r => r != 5.5m).Order());
        Assert.Contains(5.5m, matrix["mixed-rates"].Snapshot.TaxBreakdown.Select(b => b.RatePercent));
        Assert.Contains(matrix["mixed-rates"].Snapshot.AllowancesCharges, a => a.AllowanceCharge.IsCharge);
        Assert.Contains(matrix["mixed-rates"].Snapshot.AllowancesCharges, a => !a.AllowanceCharge.IsCharge);
        Assert.Equal([VatCategory.Exempt], Categories("franchise"));
        Assert.Equal([VatCategory.ReverseCharge], Categories("reverse-charge"));
        Assert.Equal([VatCategory.IntraCommunitySupply], Categories("intra-eu-goods"));
        Assert.Equal([VatCategory.Export], Categories("export"));
        Assert.Equal([VatCategory.ZeroRated], Categories("zero-rated"));
        Assert.Equal(PartyKind.Consumer, matrix["consumer"].Snapshot.Document.Buyer.Kind);
        Assert.NotNull(matrix["period"].Snapshot.Document.InvoicingPeriod);
        Assert.Null(matrix["period"].Snapshot.Document.DeliveryDate);
        Assert.Equal(300, matrix["lines-300"].Snapshot.Lines.Count);
        Assert.Equal("USD", matrix["foreign-currency"].Snapshot.Document.Currency.Value);
        Assert.NotNull(matrix["foreign-currency"].Snapshot.Totals.TaxTotalInAccountingCurrency);
        Assert.Equal(DocumentType.CreditNote, matrix["credit-note"].Snapshot.Document.Type);
        Assert.Single(matrix["credit-note"].Snapshot.Document.PrecedingDocuments);
        Assert.Equal(DocumentType.DepositInvoice, matrix["deposit"].Snapshot.Document.Type);
        var final = matrix["final-after-deposit"].Snapshot;
        Assert.Equal(matrix["deposit"].Snapshot.Totals.TaxInclusiveAmount, final.Totals.PrepaidAmount);
        Assert.NotEmpty(final.DepositDeductions);
        Assert.Equal(matrix["deposit"].Number, Assert.Single(final.Document.PrecedingDocuments).Number);
    }

    [Theory]
    [InlineData("cii", "GrandTotalAmount", "TotalPrepaidAmount", "DuePayableAmount", "InvoiceReferencedDocument", "BusinessProcessSpecifiedDocumentContextParameter")]
    [InlineData("ubl", "TaxInclusiveAmount", "PrepaidAmount", "PayableAmount", "InvoiceDocumentReference", "ProfileID")]
    public async Task FinalInvoice_CarriesTheWholeSale_TheDepositsAsPaidAmount_AndReferencesThem(
        string format, string totalElement, string paidElement, string dueElement, string referenceElement, string processElement)
    {
        var issued = matrix["final-after-deposit"];
        var deposit = matrix["deposit"];

        var file = await ExportAsync(issued, format);

        using var stream = new MemoryStream(file.Content);
        var xml = System.Xml.Linq.XDocument.Load(stream);
        decimal Value(string name) => decimal.Parse(xml.Descendants().Single(e => e.Name.LocalName == name).Value, System.Globalization.CultureInfo.InvariantCulture);
        // BT-112 is the whole sale; BT-113 what the deposit invoiced with VAT; BT-115 = BT-112 - BT-113 (BR-CO-16).
        Assert.Equal(issued.Snapshot.Totals.TaxInclusiveAmount.Amount, Value(totalElement));
        Assert.Equal(deposit.Snapshot.Totals.TaxInclusiveAmount.Amount, Value(paidElement));
        Assert.Equal(Value(totalElement) - Value(paidElement), Value(dueElement));
        Assert.All(issued.Snapshot.Lines, l => Assert.True(l.NetAmount.Amount > 0m));
        // BG-3 names the deposit invoice (BT-25); BT-23 is M4: a final invoice after deposits, goods and services.
        Assert.Equal([deposit.Number], xml.Descendants().Where(e => e.Name.LocalName == referenceElement).Select(e => e.Elements().First().Value));
        var process = xml.Descendants().Single(e => e.Name.LocalName == processElement);
        Assert.Equal("M4", process.HasElements ? process.Elements().First().Value : process.Value);
    }

    private async Task<EInvoiceFile> ExportAsync(IssuedCase issued, string format)
    {
        var outcome = await matrix.App.Get<EInvoiceService>().ExportAsync(issued.CompanyCode, issued.Number, format, null, default);
        Assert.True(outcome.Succeeded, $"{issued.Name} as {format}: " + string.Join(Environment.NewLine, outcome.Problems));
        return outcome.Value!;
    }

    private IEnumerable<VatCategory> Categories(string name) => matrix[name].Snapshot.TaxBreakdown.Select(b => b.Category).Distinct();

    private static (decimal, decimal, decimal, decimal, decimal, decimal, decimal, decimal) Totals(DocumentTotals t) =>
        (t.LineNetTotal.Amount, t.AllowanceTotal.Amount, t.ChargeTotal.Amount, t.TaxExclusiveAmount.Amount, t.TaxTotal.Amount,
         t.TaxInclusiveAmount.Amount, t.PrepaidAmount.Amount, t.AmountDue.Amount);

    private static decimal? Amount(Money? money) => money?.Amount;

    private static List<(VatCategory, decimal, decimal, decimal)> Breakdown(DocumentSnapshot snapshot) =>
        snapshot.TaxBreakdown.Select(b => (b.Category, b.RatePercent, b.TaxableAmount.Amount, b.TaxAmount.Amount)).Order().ToList();

    private static (string, string?, string?) Party(Party party) =>
        (party.Name, party.VatNumber, party.IdentifierOf(PartyIdentifier.SirenScheme));
}
