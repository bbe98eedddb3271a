namespace Facturation.Sdk.EInvoicing;

/// <summary>
/// A structured e-invoice syntax (UN/CEFACT CII, OASIS UBL, ...): writes an issued document as the syntax's XML
/// after checking it against the rules the format claims (EN 16931 business rules, schema), and reads documents
/// received in that syntax. The host picks a format by <see cref="Id"/> and never edits what it writes.
/// </summary>
public interface IEInvoiceFormat
{
    /// <summary>Stable identifier used in configuration and on the command line, e.g. <c>cii</c> or <c>ubl</c>.</summary>
    string Id { get; }

    /// <summary>Name shown to people, e.g. "UN/CEFACT CII D16B (EN 16931)".</summary>
    string DisplayName { get; }

    /// <summary>File name extension including the dot, e.g. <c>.xml</c>.</summary>
    string FileExtension { get; }

    /// <summary>The specification identifiers (EN 16931 BT-24) this format can write; the first one is the default.</summary>
    IReadOnlyList<string> Profiles { get; }

    /// <summary>
    /// Checks <paramref name="request"/>'s snapshot against the rules of the requested profile and writes it.
    /// A document that breaks a rule is refused: the result has no content and lists every broken rule by its
    /// published identifier (e.g. <c>BR-CO-15</c>, <c>BR-S-08</c>) as the problem's code.
    /// </summary>
    /// <param name="request">The issued document and the profile to claim.</param>
    /// <returns>The XML bytes (UTF-8) or the problems.</returns>
    EInvoiceExport Export(EInvoiceExportRequest request);

    /// <summary>Whether <paramref name="head"/> (the first bytes of a file, at least its root element) is in this syntax.</summary>
    /// <param name="head">The start of the content.</param>
    /// <returns><see langword="true"/> when <see cref="Read"/> should be offered the whole content.</returns>
    bool CanRead(ReadOnlySpan<byte> head);

    /// <summary>
    /// Parses a received document into the SDK's model. XML is read safely: no DTD processing, no external
    /// resolution, at most <see cref="EInvoiceReadRequest.MaxBytes"/> bytes.
    /// </summary>
    /// <param name="request">The content to read.</param>
    /// <returns>The document as a snapshot, or the problems that prevent reading it.</returns>
    EInvoiceImport Read(EInvoiceReadRequest request);
}
