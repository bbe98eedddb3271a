using Facturation.Plugins.EInvoicing.Ubl;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.Ubl;

/// <summary>Fixtures exported through the UBL format, for tests that look at the XML.</summary>
internal static class UblExports
{
    /// <summary>The UBL of <paramref name="snapshot"/>; fails the test when the export is refused.</summary>
    public static byte[] Exported(DocumentSnapshot snapshot)
    {
        var export = new UblFormat().Export(new EInvoiceExportRequest(snapshot));
        Assert.True(export.Succeeded, string.Join("; ", export.Problems));
        return export.Content!;
    }

    /// <summary>The fixture of <see cref="EInvoiceSnapshots"/> named <paramref name="name"/>.</summary>
    public static DocumentSnapshot Fixture(string name) =>
        (DocumentSnapshot)typeof(EInvoiceSnapshots).GetProperty(name)!.GetValue(null)!;
}
