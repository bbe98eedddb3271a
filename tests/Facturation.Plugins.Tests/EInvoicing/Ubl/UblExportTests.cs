using Facturation.Plugins.EInvoicing.Ubl;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;
using static Facturation.Plugins.Tests.EInvoicing.Ubl.UblStandards;

namespace Facturation.Plugins.Tests.EInvoicing.Ubl;

public sealed class UblExportTests
{
    private const string En16931 = "urn:cen.eu:en16931:2017";

    [Theory]
    [MemberData(nameof(EInvoiceSnapshots.All), MemberType = typeof(EInvoiceSnapshots))]
    public void Every_fixture_exports_schema_valid_UBL(string name, DocumentSnapshot snapshot)
    {
        var export = new UblFormat().Export(new EInvoiceExportRequest(snapshot));

        Assert.True(export.Succeeded, $"{name}: {string.Join("; ", export.Problems)}");
        Assert.Equal(En16931, export.Profile);
        Assert.Empty(SchemaErrors(export.Content!));
    }

    [Theory]
    [MemberData(nameof(EInvoiceSnapshots.All), MemberType = typeof(EInvoiceSnapshots))]
    public void Every_fixture_states_its_identification_and_totals(string name, DocumentSnapshot snapshot)
    {
        var xml = UblExports.Exported(snapshot);
        var isCreditNote = snapshot.Document.Type == DocumentType.CreditNote;
        var root = isCreditNote ? "/cn:CreditNote" : "/inv:Invoice";
        var expectedType = snapshot.Document.Type switch
        {
            DocumentType.CreditNote => "381",
            DocumentType.DepositInvoice => "386",
            _ => "380",
        };

        Assert.True(Count(xml, root) == 1, $"{name}: root {root} expected");
        Assert.Equal(En16931, Text(xml, $"{root}/cbc:CustomizationID"));
        Assert.Equal(expectedType, Text(xml, $"{root}/cbc:{(isCreditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode")}"));
        Assert.Equal(snapshot.Document.Number, Text(xml, $"{root}/cbc:ID"));
        Assert.Equal(snapshot.Document.IssueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Text(xml, $"{root}/cbc:IssueDate"));
        Assert.Equal(snapshot.Lines.Count, Count(xml, $"{root}/cac:{(isCreditNote ? "CreditNoteLine" : "InvoiceLine")}"));
        Assert.Equal(snapshot.Totals.AmountDue.Amount, Number(xml, $"{root}/cac:LegalMonetaryTotal/cbc:PayableAmount"));
        Assert.Equal(snapshot.Totals.TaxTotal.Amount, Number(xml, $"{root}/cac:TaxTotal[1]/cbc:TaxAmount"));
        Assert.Equal(snapshot.TaxBreakdown.Count, Count(xml, $"{root}/cac:TaxTotal[1]/cac:TaxSubtotal"));
        Assert.Equal(0, Count(xml, "//cbc:PriceAmount[starts-with(normalize-space(.), '-')]"));
    }

    [Theory]
    [InlineData(nameof(EInvoiceSnapshots.DomesticStandard), "M1")]
    [InlineData(nameof(EInvoiceSnapshots.IntraEuGoods), "B1")]
    [InlineData(nameof(EInvoiceSnapshots.CreditNote), "S1")]
    [InlineData(nameof(EInvoiceSnapshots.FinalInvoiceAfterDeposit), "S4")]
    public void ProfileID_is_the_French_business_process(string fixture, string expected)
    {
        var xml = UblExports.Exported(UblExports.Fixture(fixture));

        Assert.Equal(expected, Text(xml, "/*/cbc:ProfileID"));
    }

    [Fact]
    public void Parties_carry_SIREN_SIRET_VAT_and_electronic_addresses()
    {
        var xml = UblExports.Exported(EInvoiceSnapshots.DomesticStandard);
        const string seller = "/inv:Invoice/cac:AccountingSupplierParty/cac:Party";
        const string buyer = "/inv:Invoice/cac:AccountingCustomerParty/cac:Party";

        Assert.Equal("832457816", Text(xml, $"{seller}/cac:PartyLegalEntity/cbc:CompanyID[@schemeID='0002']"));
        Assert.Equal("83245781600029", Text(xml, $"{seller}/cac:PartyIdentification/cbc:ID[@schemeID='0009']"));
        Assert.Equal("0225", Text(xml, $"{seller}/cbc:EndpointID/@schemeID"));
        Assert.Equal("832457816", Text(xml, $"{seller}/cbc:EndpointID"));
        Assert.Equal("FR14832457816", Text(xml, $"{seller}/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID"));
        Assert.Equal("Atelier Numérique", Text(xml, $"{seller}/cac:PartyName/cbc:Name"));
        Assert.Equal("Atelier Numérique SAS", Text(xml, $"{seller}/cac:PartyLegalEntity/cbc:RegistrationName"));
        Assert.Contains("SAS", Text(xml, $"{seller}/cac:PartyLegalEntity/cbc:CompanyLegalForm"), StringComparison.Ordinal);
        Assert.Contains("10000.00 EUR", Text(xml, $"{seller}/cac:PartyLegalEntity/cbc:CompanyLegalForm"), StringComparison.Ordinal);
        Assert.Equal("512349879", Text(xml, $"{buyer}/cac:PartyLegalEntity/cbc:CompanyID[@schemeID='0002']"));
        Assert.Equal("51234987900019", Text(xml, $"{buyer}/cac:PartyIdentification/cbc:ID[@schemeID='0009']"));
        Assert.Equal(0, Count(xml, $"{buyer}/cac:PartyLegalEntity/cbc:CompanyLegalForm"));
    }

    [Fact]
    public void Payment_means_carry_RF_reference_IBAN_BIC_due_date_and_terms()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var xml = UblExports.Exported(snapshot);

        Assert.Equal("58", Text(xml, "/inv:Invoice/cac:PaymentMeans/cbc:PaymentMeansCode"));
        Assert.Equal("RF28F20260101", Text(xml, "/inv:Invoice/cac:PaymentMeans/cbc:PaymentID"));
        Assert.Equal("FR7630004000031234567890143", Text(xml, "/inv:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"));
        Assert.Equal("BNPAFRPPXXX", Text(xml, "/inv:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID"));
        Assert.Equal("2026-12-02", Text(xml, "/inv:Invoice/cbc:DueDate"));
        Assert.Equal("Paiement à 30 jours par virement", Text(xml, "/inv:Invoice/cac:PaymentTerms/cbc:Note"));
        Assert.Equal("BC-2026-118", Text(xml, "/inv:Invoice/cac:OrderReference/cbc:ID"));
        Assert.Equal("DURAND-ACHATS", Text(xml, "/inv:Invoice/cbc:BuyerReference"));
        Assert.Equal(1, Count(xml, "/inv:Invoice/cbc:Note[. = '#AAI#Merci pour votre confiance.']"));
    }

    [Fact]
    public void Legal_mentions_are_notes_with_their_subject_code()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var xml = UblExports.Exported(snapshot);

        Assert.NotEmpty(snapshot.Mentions);
        foreach (var mention in snapshot.Mentions)
        {
            var expected = mention.SubjectCode is null ? mention.Text : $"#{mention.SubjectCode}#{mention.Text}";
            Assert.Contains(expected, Query(xml).Select("/inv:Invoice/cbc:Note", Prefixes).Cast<System.Xml.XPath.XPathNavigator>().Select(n => n.Value));
        }
    }

    [Theory]
    [InlineData(DocumentType.Quote)]
    [InlineData(DocumentType.DeliveryNote)]
    public void Quotes_and_delivery_notes_are_refused(DocumentType type)
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var other = snapshot with { Document = snapshot.Document with { Type = type } };

        var export = new UblFormat().Export(new EInvoiceExportRequest(other));

        Assert.False(export.Succeeded);
        Assert.Contains(export.Problems, p => p.Code == "einvoice.not-an-invoice");
    }

    [Fact]
    public void A_control_character_is_refused_not_thrown()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var broken = snapshot with { Document = snapshot.Document with { BuyerReference = "DURAND\u0001ACHATS" } };

        var export = new UblFormat().Export(new EInvoiceExportRequest(broken));

        Assert.False(export.Succeeded);
        Assert.NotEmpty(export.Problems);
    }

    [Fact]
    public void Another_profile_is_refused()
    {
        var export = new UblFormat().Export(new EInvoiceExportRequest(EInvoiceSnapshots.DomesticStandard)
        {
            Profile = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
        });

        Assert.False(export.Succeeded);
        Assert.Contains(export.Problems, p => p.Code == "einvoice.unsupported-profile");
    }
}
