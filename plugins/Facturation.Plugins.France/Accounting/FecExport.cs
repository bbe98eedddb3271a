using System.Text;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.France.Accounting;

/// <summary>
/// FEC-format export of the sales and bank journals (LPF art. A.47 A-1) for the accountant's software: the ledger
/// roles mapped to the PCG through the <c>fec.</c> settings, one record per ledger line, written as the entries
/// are read so memory does not grow with the year. Entries breaking the file's rules stop the export with
/// <see cref="InvalidDataException"/>.
/// </summary>
public sealed class FecExport : IAccountingExport
{
    // UTF-8 without a byte order mark: the administration accepts ISO 8859-15 or UTF-8, and a BOM would be read
    // as part of the first field name ("JournalCode").
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);
    private const int BufferSize = 64 * 1024;
    private static readonly FecSettings Declared = new();

    /// <inheritdoc />
    public string Id => "fec";

    /// <inheritdoc />
    public string DisplayName => "FEC (fichier des écritures comptables)";

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The company has no SIREN (message names <c>Company.Siren</c>).</exception>
    public string GetFileName(AccountingExportRequest request) => FecFileName.For(request);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The <c>fec.</c> settings are invalid.</exception>
    /// <exception cref="InvalidDataException">An entry breaks a rule of the file (message names its journal and number).</exception>
    public async ValueTask WriteAsync(AccountingExportRequest request, IAsyncEnumerable<LedgerEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(output);
        var settings = ValidSettings(request);
        var plan = new FecAccountPlan(settings);
        var separator = settings.GetText(FecSettings.Separator) == FecSettings.PipeSeparator ? '|' : '\t';
        var format = new FecRecordFormat(plan, separator);
        var rules = new FecEntryRules(request.Period, plan);

        // The caller owns the stream (the host writes a temporary file and renames it on success): leave it open.
        await using var writer = new StreamWriter(output, Utf8WithoutBom, BufferSize, leaveOpen: true);
        var records = new StringBuilder(1024);
        format.AppendHeader(records);
        await writer.WriteAsync(records, cancellationToken);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            rules.Check(entry);
            records.Clear();
            format.AppendEntry(records, entry);
            await writer.WriteAsync(records, cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static SettingValues ValidSettings(AccountingExportRequest request)
    {
        // The host validates at start; checking again costs microseconds and keeps a bad account out of the file.
        var complete = request.Settings.WithDefaults(Declared.Definitions);
        var own = new SettingValues(complete.Where(v => v.Key.StartsWith("fec.", StringComparison.Ordinal)));
        var problems = SettingRules.CheckDeclared(Declared.Definitions, own).Problems.Concat(Declared.Validate(own)).ToList();
        return problems.Count == 0
            ? own
            : throw new ArgumentException("FEC export settings are invalid: " + string.Join("; ", problems), nameof(request));
    }
}
