using Facturation.Application.Common;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Application.Plugins;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Application.EInvoicing;

/// <summary>
/// Structured e-invoices (EN 16931 in CII or UBL) through the loaded e-invoice format plugins: writes an issued
/// invoice, credit note or deposit invoice from its frozen snapshot, which the format checks against the business
/// rules and the XML Schemas first; and reads a received file with the first format that recognises it.
/// </summary>
/// <param name="documents">Document look-up.</param>
/// <param name="extensions">Loaded plugins.</param>
public sealed class EInvoiceService(DocumentService documents, ExtensionRegistry extensions)
{
    /// <summary>Largest file <see cref="Read"/> accepts (the SDK's default limit, 20 MiB).</summary>
    public const long MaxBytes = EInvoiceReadRequest.DefaultMaxBytes;

    /// <summary>Bytes of a file offered to <see cref="IEInvoiceFormat.CanRead"/>: enough for a prolog, comments and the root element.</summary>
    public const int HeadBytes = 64 * 1024;

    /// <summary>The loaded formats (id, name, profiles), in plugin load order.</summary>
    public IReadOnlyList<IEInvoiceFormat> Formats => extensions.EInvoiceFormats;

    /// <summary>Writes an issued document as an e-invoice.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="documentNumber">Number (or id) of the issued document.</param>
    /// <param name="formatId">Format id, e.g. <c>cii</c> or <c>ubl</c>.</param>
    /// <param name="profile">Specification identifier (BT-24) to claim; <see langword="null"/> for the format's default.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The file, or the problems: format not loaded, unknown profile, document not found, a draft, a quote or
    /// delivery note, or every rule the document breaks (codes are the published rule ids, e.g. <c>BR-CO-15</c>).</returns>
    public async Task<Outcome<EInvoiceFile>> ExportAsync(
        string companyCode, string documentNumber, string formatId, string? profile, CancellationToken cancellationToken)
    {
        var format = extensions.EInvoiceFormat(formatId);
        if (!format.Succeeded)
            return Outcome<EInvoiceFile>.Failure(format.Problems);
        var writer = format.Value!;
        if (profile is not null && !writer.Profiles.Contains(profile, StringComparer.Ordinal))
        {
            return Outcome<EInvoiceFile>.Failure("einvoice.profile-unknown",
                $"Format '{writer.Id}' does not write profile '{profile}' (available: {string.Join(", ", writer.Profiles)}).", "Profile");
        }
        var found = await documents.FindAsync(companyCode, documentNumber, cancellationToken);
        if (!found.Succeeded)
            return Outcome<EInvoiceFile>.Failure(found.Problems);
        if (found.Value!.SnapshotJson is not { } json)
            return Outcome<EInvoiceFile>.Failure("einvoice.draft", "A draft is not an invoice yet: issue it first, then export it.", "Document");
        var snapshot = SnapshotJson.Deserialize(json);
        var type = snapshot.Document.Type;
        var number = snapshot.Document.Number ?? found.Value.Number ?? documentNumber;
        if (type is not (DocumentType.Invoice or DocumentType.CreditNote or DocumentType.DepositInvoice))
        {
            return Outcome<EInvoiceFile>.Failure("einvoice.not-an-invoice",
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
            return Outcome<EInvoiceFile>.Failure("einvoice.format-failed", $"Format '{writer.Id}' failed while writing {number}: {e.Message}", "Format");
        }
        if (!written.Succeeded)
        {
            return written.Problems.Count > 0
                ? Outcome<EInvoiceFile>.Failure(written.Problems)
                : Outcome<EInvoiceFile>.Failure("einvoice.refused", $"Format '{writer.Id}' refused the document without saying why.", "Document");
        }
        return Outcome<EInvoiceFile>.Success(
            new EInvoiceFile(FileNameOf(number, writer), written.Content!, writer.Id, written.Profile, number, type));
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
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(format);
        var invalid = Path.GetInvalidFileNameChars().Append('/').Append('\\').ToHashSet();
        var safe = new string(number.Select(c => invalid.Contains(c) ? '-' : c).ToArray());
        var extension = format.FileExtension.StartsWith('.') ? format.FileExtension : "." + format.FileExtension;
        return $"{safe}.{format.Id}{extension}";
    }

    private static Outcome<ReceivedEInvoice> TooLarge(string name, long length) =>
        Outcome<ReceivedEInvoice>.Failure([new Problem("einvoice.too-large",
            $"'{name}' has {length} bytes: e-invoices above {MaxBytes} bytes are refused unread.", "File")]);
}
