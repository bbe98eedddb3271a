using Facturation.Sdk.Documents;

namespace Facturation.Application.EInvoicing;

/// <summary>An issued document written as an e-invoice, checked by its format and ready to be saved or sent.</summary>
/// <param name="FileName">Suggested file name: <c>&lt;number&gt;.&lt;format&gt;.xml</c>, characters a file name cannot hold replaced.</param>
/// <param name="Content">The XML bytes (UTF-8), exactly as the format wrote them.</param>
/// <param name="FormatId">The format's id, e.g. <c>cii</c>.</param>
/// <param name="Profile">The specification identifier (BT-24) the file claims.</param>
/// <param name="Number">The document's number (BT-1).</param>
/// <param name="Type">The document's kind.</param>
public sealed record EInvoiceFile(string FileName, byte[] Content, string FormatId, string Profile, string Number, DocumentType Type);
