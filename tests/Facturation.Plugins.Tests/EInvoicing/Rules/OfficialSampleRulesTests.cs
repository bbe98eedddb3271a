using Facturation.Plugins.EInvoicing.Cii;
using Facturation.Plugins.EInvoicing.Rules;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Plugins.EInvoicing.Ubl;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.Rules;

/// <summary>
/// The rules against the official CEN/TC 434 and Factur-X examples (standards/samples in the repository), which the published
/// Schematron accepts: read by the plugin's own readers, they break no rule.
/// </summary>
public sealed class OfficialSampleRulesTests
{
    [Theory]
    [InlineData("en16931-cii/CII_example1.xml", "")]
    [InlineData("en16931-cii/CII_example3.xml", "")]
    [InlineData("en16931-cii/CII_business_example_Z.xml", "")]
    [InlineData("en16931-cii/XRechnung-O.xml", "")]
    [InlineData("facturx/factur-x-en16931.xml", "")]
    [InlineData("facturx/factur-x-basic.xml", "")]
    [InlineData("en16931-ubl/ubl-tc434-example1.xml", "")]
    [InlineData("en16931-ubl/ubl-tc434-example3.xml", "")]
    [InlineData("facturx/ubl-21-en16931.xml", "")]
    // This credit note has an amount due but neither due date nor payment terms. The UBL binding checks BR-CO-25 on
    // invoices only (context /ubl:Invoice/...), the CII binding on every document: the syntax-neutral rules apply it.
    [InlineData("en16931-ubl/ubl-tc434-creditnote1.xml", "BR-CO-25")]
    public void An_official_example_breaks_no_rule(string sample, string expected)
    {
        var content = File.ReadAllBytes(Path.Combine(Facturation.Tests.Shared.SharedStandards.Folder, "samples", sample));
        IEInvoiceFormat format = sample.Contains("ubl", StringComparison.Ordinal) ? new UblFormat() : new CiiFormat();

        var read = format.Read(new EInvoiceReadRequest(content, sample));

        Assert.NotNull(read.Snapshot);
        var codes = En16931Rules.Check(read.Snapshot, read.Profile ?? SpecificationIds.En16931).Select(static p => p.Code).Distinct();
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), codes);
    }
}
