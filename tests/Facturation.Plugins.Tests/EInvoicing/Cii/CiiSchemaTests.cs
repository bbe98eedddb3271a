using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.Tests.EInvoicing.Cii;

/// <summary>Every fixture exports, and the file is valid against the official schemas, checked here independently.</summary>
public sealed class CiiSchemaTests
{
    public static TheoryData<string, DocumentSnapshot> Fixtures => EInvoiceSnapshots.All;

    [Theory]
    [MemberData(nameof(Fixtures))]
    internal void Export_is_valid_against_CII_D16B_and_Factur_X_EN16931(string name, DocumentSnapshot snapshot)
    {
        var xml = CiiTestKit.Export(snapshot);
        Assert.Empty(CiiTestKit.SchemaErrors(xml, CiiTestKit.CiiSchema));
        Assert.Empty(CiiTestKit.SchemaErrors(xml, CiiTestKit.FacturXEn16931Schema));
        Assert.Equal(snapshot.Document.Number, CiiTestKit.Value(xml, "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID"));
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    internal void Basic_export_is_valid_against_Factur_X_BASIC(string name, DocumentSnapshot snapshot)
    {
        var xml = CiiTestKit.Export(snapshot, SpecificationIds.FacturXBasic);
        Assert.Empty(CiiTestKit.SchemaErrors(xml, CiiTestKit.CiiSchema));
        Assert.Empty(CiiTestKit.SchemaErrors(xml, CiiTestKit.FacturXBasicSchema));
        Assert.Equal(SpecificationIds.FacturXBasic,
            CiiTestKit.Value(xml, "//rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"));
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public void The_independent_validation_does_catch_an_invalid_file()
    {
        var xml = CiiTestKit.Export(EInvoiceSnapshots.DomesticStandard);
        var text = System.Text.Encoding.UTF8.GetString(xml).Replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:Misplaced>380</ram:Misplaced>", StringComparison.Ordinal);
        Assert.NotEmpty(CiiTestKit.SchemaErrors(System.Text.Encoding.UTF8.GetBytes(text), CiiTestKit.CiiSchema));
    }
}
