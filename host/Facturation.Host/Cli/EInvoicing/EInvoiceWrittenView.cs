namespace Facturation.Host.Cli.EInvoicing;

/// <summary>What <c>einvoice &lt;number&gt; --json</c> prints once the file is written.</summary>
/// <param name="File">The file written (full path).</param>
/// <param name="Number">The document's number.</param>
/// <param name="Type">Its kind (invoice, credit-note, deposit-invoice).</param>
/// <param name="Format">The format id (cii, ubl, facturx).</param>
/// <param name="Profile">The specification identifier (BT-24) the file claims.</param>
/// <param name="Bytes">Its size.</param>
internal sealed record EInvoiceWrittenView(string File, string Number, string Type, string Format, string Profile, int Bytes);
