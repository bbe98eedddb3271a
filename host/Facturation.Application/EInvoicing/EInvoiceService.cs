using Facturation.Application.Common;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Application.Plugins;
using Facturation.Application.Rendering;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Application.EInvoicing;

/// <summary>
/// Structured e-invoices (EN 16931 in CII or UBL) through the loaded e-invoice format plugins: writes an issued
/// invoice, credit note or deposit invoice from its frozen snapshot, which the format checks against the business
/// rules and the XML Schemas first; and reads a received file with the first format that recognises it. A hybrid
/// format (Factur-X) is written as the customer's PDF carrying that XML, and a received hybrid PDF is read through
/// the XML it carries.
/// </summary>
/// <param name="documents">Document look-up.</param>
/// <param name="extensions">Loaded plugins.</param>
/// <param name="renderer">Prints the PDF a hybrid e-invoice carries (the one the customer receives).</param>
/// <param name="time">Clock (the modification date of a hybrid PDF).</param>
public sealed class EInvoiceService(DocumentService documents, ExtensionRegistry extensions, DocumentRenderService renderer, TimeProvider time)
{
    /// <summary>Largest file <see cref="Read"/> accepts (the SDK's default limit, 20 MiB).</summary>
    public const long MaxBytes = EInvoiceReadRequest.DefaultMaxBytes;

    /// <summary>Bytes of a file offered to <see cref="IEInvoiceFormat.CanRead"/>: enough for a prolog, comments and the root element.</summary>
    public const int HeadBytes = 64 * 1024;

    /// <summary>The loaded formats (id, name, profiles), in plugin load order.</summary>
    public IReadOnlyList<IEInvoiceFormat> Formats => extensions.EInvoiceFormats;

    /// <summary>The loaded hybrid formats (a PDF carrying the XML, e.g. Factur-X), in plugin load order.</summary>
    public IReadOnlyList<IHybridInvoiceFormat> HybridFormats => extensions.HybridInvoiceFormats;

    /// <summary>Ids of every format <see cref="ExportAsync"/> writes: the XML formats, then the hybrid ones.</summary>
    public IReadOnlyList<string> FormatIds => extensions.AllEInvoiceFormatIds.ToList();

    /// <summary>Writes an issued document as an e-invoice.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="documentNumber">Number (or id) of the issued document.</param>
    /// <param name="formatId">Format id, e.g. <c>cii</c>, <c>ubl</c> or the hybrid <c>facturx</c>.</param>
    /// <param name="profile">Specification identifier (BT-24) to claim; <see langword="null"/> for the format's default.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The file, or the problems: format not loaded, unknown profile, document not found, a draft, a quote or
    /// delivery note, or every rule the document breaks (codes are the published rule ids, e.g. <c>BR-CO-15</c>); for a
    /// hybrid format also <c>einvoice.pdf-failed</c> when the PDF could not be printed or combined with the XML.</returns>
    public async Task<Outcome<EInvoiceFile>> ExportAsync(
        string companyCode, string documentNumber, string formatId, string? profile, CancellationToken cancellationToken)
    {
        var format = extensions.EInvoiceFormat(formatId);
        if (!format.Succeeded)
        {
            var hybrid = extensions.HybridInvoiceFormat(formatId);
            return hybrid.Succeeded
                ? await ExportHybridAsync(companyCode, documentNumber, hybrid.Value!, profile, cancellationToken)
                : Outcome<EInvoiceFile>.Failure(format.Problems);
        }
        var written = await ExportXmlAsync(companyCode, documentNumber, format.Value!, profile, cancellationToken);
        return written.Succeeded ? Outcome<EInvoiceFile>.Success(written.Value!.File) : Outcome<EInvoiceFile>.Failure(written.Problems);
    }

    /// <summary>Reads a received e-invoice file, refusing one above <see cref="MaxBytes"/> before reading it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>As <see cref="Read"/>, or a problem when the file does not exist or is too large.</returns>
    public async Task<Outcome<ReceivedEInvoice>> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
            return Outcome<ReceivedEInvoice>.Failure("einvoice.file-missing", $"File '{file.FullName}' does not exist.", "File");
        if (file.Length > MaxBytes)
            return TooLarge(file.Name, file.Length);
        return Read(await File.ReadAllBytesAsync(file.FullName, cancellationToken), file.Name);
    }

    /// <summary>Reads a received e-invoice with the first loaded format that recognises its start.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">Its name, for messages.</param>
    /// <returns>The document as received with what in it breaks the rules, or why it cannot be read.</returns>
    public Outcome<ReceivedEInvoice> Read(ReadOnlyMemory<byte> content, string? fileName)
    {
        var name = fileName ?? "the content";
        if (content.Length > MaxBytes)
            return TooLarge(name, content.Length);
        if (content.IsEmpty)
            return Outcome<ReceivedEInvoice>.Failure("einvoice.empty", $"'{name}' is empty.", "File");
        var head = content[..Math.Min(content.Length, HeadBytes)];
        var hybrid = extensions.HybridInvoiceFormats.FirstOrDefault(f => f.CanExtract(head.Span));
        if (hybrid is not null)
            return ReadHybrid(hybrid, content, name);
        if (head.Span.StartsWith("%PDF"u8))
        {
            return Outcome<ReceivedEInvoice>.Failure("einvoice.unknown-syntax",
                $"'{name}' is a PDF, but no loaded hybrid format (Factur-X / ZUGFeRD) reads PDFs: is the e-invoicing plugin installed?", "File");
        }
        return ReadXml(content, fileName, name);
    }

    /// <summary>The suggested file name of a hybrid e-invoice, e.g. <c>F2026-00001.facturx.pdf</c>.</summary>
    /// <param name="number">Document number.</param>
    /// <param name="format">Hybrid format.</param>
    /// <returns>The number with characters a file name cannot hold replaced by '-', the format id, <c>.pdf</c>.</returns>
    public static string FileNameOf(string number, IHybridInvoiceFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return $"{SafeFileName(number)}.{format.Id}.pdf";
    }

    private Outcome<ReceivedEInvoice> ReadXml(ReadOnlyMemory<byte> content, string? fileName, string name)
    {
        var head = content[..Math.Min(content.Length, HeadBytes)];
        var reader = extensions.EInvoiceFormats.FirstOrDefault(f => f.CanRead(head.Span));
        if (reader is null)
        {
            var loaded = extensions.EInvoiceFormats.Select(f => $"{f.Id}: {f.DisplayName}").ToList();
            return Outcome<ReceivedEInvoice>.Failure("einvoice.unknown-syntax",
                $"'{name}' is not a CII or UBL invoice the loaded formats read ({(loaded.Count == 0 ? "no e-invoice format is loaded" : string.Join("; ", loaded))}): "
                + $"root element {XmlRootElement.Describe(head)}.", "File");
        }

        EInvoiceImport read;
        try
        {
            read = reader.Read(new EInvoiceReadRequest(content, fileName) { MaxBytes = MaxBytes });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Outcome<ReceivedEInvoice>.Failure("einvoice.format-failed", $"Format '{reader.Id}' failed while reading '{name}': {e.Message}", "File");
        }
        if (read.Snapshot is null)
        {
            return read.Problems.Count > 0
                ? Outcome<ReceivedEInvoice>.Failure(read.Problems)
                : Outcome<ReceivedEInvoice>.Failure("einvoice.unreadable", $"Format '{reader.Id}' could not read '{name}' and did not say why.", "File");
        }
        return Outcome<ReceivedEInvoice>.Success(new ReceivedEInvoice(reader.Id, read.Profile, read.Snapshot, read.Problems));
    }

    /// <summary>The suggested file name: the number with characters a file name cannot hold replaced by '-', the format id, its extension.</summary>
    /// <param name="number">Document number.</param>
    /// <param name="format">Format.</param>
    /// <returns>E.g. <c>F2026-00001.cii.xml</c>.</returns>
    public static string FileNameOf(string number, IEInvoiceFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var extension = format.FileExtension.StartsWith('.') ? format.FileExtension : "." + format.FileExtension;
        return $"{SafeFileName(number)}.{format.Id}{extension}";
    }

    private static string SafeFileName(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var invalid = Path.GetInvalidFileNameChars().Append('/').Append('\\').ToHashSet();
        return new string(number.Select(c => invalid.Contains(c) ? '-' : c).ToArray());
    }

    private async Task<Outcome<WrittenXml>> ExportXmlAsync(
        string companyCode, string documentNumber, IEInvoiceFormat writer, string? profile, CancellationToken cancellationToken)
    {
        if (profile is not null && !writer.Profiles.Contains(profile, StringComparer.Ordinal))
        {
            return Outcome<WrittenXml>.Failure("einvoice.profile-unknown",
                $"Format '{writer.Id}' does not write profile '{profile}' (available: {string.Join(", ", writer.Profiles)}).", "Profile");
        }
        var found = await documents.FindAsync(companyCode, documentNumber, cancellationToken);
        if (!found.Succeeded)
            return Outcome<WrittenXml>.Failure(found.Problems);
        if (found.Value!.SnapshotJson is not { } json)
            return Outcome<WrittenXml>.Failure("einvoice.draft", "A draft is not an invoice yet: issue it first, then export it.", "Document");
        var snapshot = SnapshotJson.Deserialize(json);
        var type = snapshot.Document.Type;
        var number = snapshot.Document.Number ?? found.Value.Number ?? documentNumber;
        if (type is not (DocumentType.Invoice or DocumentType.CreditNote or DocumentType.DepositInvoice))
        {
            return Outcome<WrittenXml>.Failure("einvoice.not-an-invoice",
                $"{number} is a {type}: only invoices, credit notes and deposit invoices are e-invoices.", "Document");
        }

        EInvoiceExport written;
        try
        {
            written = writer.Export(new EInvoiceExportRequest(snapshot) { Profile = profile });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A plugin fault must not pass for a refusal of the document, nor crash the door that called.
            return Outcome<WrittenXml>.Failure("einvoice.format-failed", $"Format '{writer.Id}' failed while writing {number}: {e.Message}", "Format");
        }
        if (!written.Succeeded)
        {
            return written.Problems.Count > 0
                ? Outcome<WrittenXml>.Failure(written.Problems)
                : Outcome<WrittenXml>.Failure("einvoice.refused", $"Format '{writer.Id}' refused the document without saying why.", "Document");
        }
        var file = new EInvoiceFile(FileNameOf(number, writer), written.Content!, writer.Id, written.Profile, number, type);
        return Outcome<WrittenXml>.Success(new WrittenXml(file, snapshot));
    }

    private async Task<Outcome<EInvoiceFile>> ExportHybridAsync(
        string companyCode, string documentNumber, IHybridInvoiceFormat hybrid, string? profile, CancellationToken cancellationToken)
    {
        if (profile is not null && !hybrid.Profiles.Contains(profile, StringComparer.Ordinal))
        {
            return Outcome<EInvoiceFile>.Failure("einvoice.profile-unknown",
                $"Format '{hybrid.Id}' does not carry profile '{profile}' (available: {string.Join(", ", hybrid.Profiles)}).", "Profile");
        }
        var xmlFormat = extensions.EInvoiceFormat(hybrid.XmlFormatId);
        if (!xmlFormat.Succeeded)
        {
            return Outcome<EInvoiceFile>.Failure("einvoice.format-missing",
                $"Format '{hybrid.Id}' embeds '{hybrid.XmlFormatId}', which is not loaded.", "Format");
        }
        // The XML first: every rule and schema check of the XML format applies, and is cheaper than printing.
        var xml = await ExportXmlAsync(companyCode, documentNumber, xmlFormat.Value!, profile ?? (hybrid.Profiles.Count > 0 ? hybrid.Profiles[0] : null), cancellationToken);
        if (!xml.Succeeded)
            return Outcome<EInvoiceFile>.Failure(xml.Problems);
        var (file, snapshot) = xml.Value!;
        var pdf = await renderer.RenderAsync(new RenderInput(companyCode, documentNumber, RenderFormat.Pdf), cancellationToken);
        if (!pdf.Succeeded)
            return PdfFailed($"{file.Number} could not be printed to PDF.", pdf.Problems);

        HybridInvoice combined;
        try
        {
            combined = hybrid.Combine(new HybridInvoiceRequest(pdf.Value!.Content, file.Content, file.Profile, snapshot, time.GetUtcNow()));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return PdfFailed($"Format '{hybrid.Id}' failed while combining the PDF and the XML of {file.Number}: {e.Message}", []);
        }
        if (!combined.Succeeded)
            return PdfFailed($"Format '{hybrid.Id}' could not combine the PDF and the XML of {file.Number}.", combined.Problems);
        return Outcome<EInvoiceFile>.Success(file with { FileName = FileNameOf(file.Number, hybrid), Content = combined.Content!, FormatId = hybrid.Id });
    }

    private Outcome<ReceivedEInvoice> ReadHybrid(IHybridInvoiceFormat hybrid, ReadOnlyMemory<byte> content, string name)
    {
        EmbeddedInvoice embedded;
        try
        {
            embedded = hybrid.Extract(new EInvoiceReadRequest(content, name) { MaxBytes = MaxBytes });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Outcome<ReceivedEInvoice>.Failure("einvoice.format-failed", $"Format '{hybrid.Id}' failed while reading '{name}': {e.Message}", "File");
        }
        if (!embedded.Succeeded)
        {
            return embedded.Problems.Count > 0
                ? Outcome<ReceivedEInvoice>.Failure(embedded.Problems)
                : Outcome<ReceivedEInvoice>.Failure("einvoice.no-embedded-invoice", $"'{name}' carries no e-invoice that format '{hybrid.Id}' finds.", "File");
        }
        var inner = $"{embedded.FileName ?? "the embedded XML"} in {name}";
        var read = ReadXml(embedded.Xml, inner, inner);
        return read.Succeeded
            ? Outcome<ReceivedEInvoice>.Success(read.Value! with { FormatId = hybrid.Id, Problems = [.. embedded.Problems, .. read.Value.Problems] })
            : read;
    }

    private static Outcome<EInvoiceFile> PdfFailed(string message, IReadOnlyList<Problem> causes) =>
        Outcome<EInvoiceFile>.Failure([new Problem("einvoice.pdf-failed", message, "Pdf"), .. causes]);

    private static Outcome<ReceivedEInvoice> TooLarge(string name, long length) =>
        Outcome<ReceivedEInvoice>.Failure([new Problem("einvoice.too-large",
            $"'{name}' has {length} bytes: e-invoices above {MaxBytes} bytes are refused unread.", "File")]);
}
