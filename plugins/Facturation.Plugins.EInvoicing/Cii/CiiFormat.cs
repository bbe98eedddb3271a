using Facturation.Plugins.EInvoicing.Formats;
using Facturation.Plugins.EInvoicing.Schemas;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>
/// UN/CEFACT Cross Industry Invoice D16B under EN 16931: the XML of the Factur-X / ZUGFeRD EN 16931 profile (and of
/// its BASIC subset). A document is checked against the EN 16931 business rules before it is written, and the written
/// file against both the CII D16B schema and the Factur-X profile schema; anything broken refuses the export.
/// </summary>
public sealed class CiiFormat : IEInvoiceFormat, IFormatSyntax
{
    /// <inheritdoc />
    public string Id => "cii";

    /// <inheritdoc />
    public string DisplayName => "UN/CEFACT CII D16B (EN 16931 / Factur-X EN 16931)";

    /// <inheritdoc />
    public string FileExtension => ".xml";

    /// <inheritdoc />
    public IReadOnlyList<string> Profiles { get; } = [SpecificationIds.En16931, SpecificationIds.FacturXBasic];

    /// <inheritdoc />
    public EInvoiceExport Export(EInvoiceExportRequest request) => FormatSteps.Export(request, this);

    /// <inheritdoc />
    public bool CanRead(ReadOnlySpan<byte> head) => FormatSteps.RootIs(head, (CiiNamespaces.Root, CiiNamespaces.Rsm));

    /// <inheritdoc />
    public EInvoiceImport Read(EInvoiceReadRequest request) => FormatSteps.Read(request, CiiReader.Read);

    string IFormatSyntax.Name => "CII";

    IEnumerable<Problem> IFormatSyntax.Limits(DocumentSnapshot snapshot, string profile) =>
        profile == SpecificationIds.FacturXBasic ? CiiBasicProfile.Limits(snapshot) : [];

    byte[] IFormatSyntax.Write(DocumentSnapshot snapshot, string profile) => CiiWriter.Write(snapshot, profile);

    IEnumerable<SchemaSetName> IFormatSyntax.Schemas(DocumentSnapshot snapshot, string profile) =>
        [SchemaSetName.CiiD16B, profile == SpecificationIds.FacturXBasic ? SchemaSetName.FacturXBasic : SchemaSetName.FacturXEn16931];
}
