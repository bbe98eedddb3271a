using Facturation.Sdk.Documents;

namespace Facturation.Application.EInvoicing;

/// <summary>An XML e-invoice just written, with the snapshot it was written from (a hybrid format needs both).</summary>
/// <param name="File">The XML file.</param>
/// <param name="Snapshot">The issued document.</param>
internal sealed record WrittenXml(EInvoiceFile File, DocumentSnapshot Snapshot);
