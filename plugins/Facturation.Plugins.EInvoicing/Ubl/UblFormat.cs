using Facturation.Plugins.EInvoicing.Formats;
using Facturation.Plugins.EInvoicing.Schemas;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>
/// OASIS UBL 2.1 under EN 16931 (CustomizationID <c>urn:cen.eu:en16931:2017</c>): invoices and deposit invoices as
/// <c>Invoice</c>, credit notes as <c>CreditNote</c>. A document is checked against the EN 16931 business rules before
/// it is written and against the UBL 2.1 XML Schema after; any broken rule refuses it.
/// </summary>
public sealed class UblFormat : IEInvoiceFormat, IFormatSyntax
{
    /// <inheritdoc />
    public string Id => "ubl";

    /// <inheritdoc />
    public string DisplayName => "OASIS UBL 2.1 (EN 16931)";

    /// <inheritdoc />
    public string FileExtension => ".xml";

    /// <inheritdoc />
    public IReadOnlyList<string> Profiles { get; } = [SpecificationIds.En16931];

    /// <inheritdoc />
    public EInvoiceExport Export(EInvoiceExportRequest request) => FormatSteps.Export(request, this);

    /// <inheritdoc />
    public bool CanRead(ReadOnlySpan<byte> head) => FormatSteps.RootIs(head, (UblNamespaces.InvoiceRoot, UblNamespaces.Invoice), (UblNamespaces.CreditNoteRoot, UblNamespaces.CreditNote));

    /// <inheritdoc />
    public EInvoiceImport Read(EInvoiceReadRequest request) => FormatSteps.Read(request, UblReader.Read);

    string IFormatSyntax.Name => "UBL";

    IEnumerable<Problem> IFormatSyntax.Limits(DocumentSnapshot snapshot, string profile) => [];

    byte[] IFormatSyntax.Write(DocumentSnapshot snapshot, string profile) => UblWriter.Write(snapshot, profile);

    IEnumerable<SchemaSetName> IFormatSyntax.Schemas(DocumentSnapshot snapshot, string profile) =>
        [snapshot.Document.Type == DocumentType.CreditNote ? SchemaSetName.UblCreditNote : SchemaSetName.UblInvoice];
}
