using System.Globalization;
using System.Text;
using Facturation.Sdk.Accounting;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The baseline: the same records written with a bare StreamWriter, accounts and labels hard-coded, no settings, no
/// checks, no text cleaning. Its file is byte-for-byte the size of the export's, so the ratio is the export's overhead.
/// </summary>
internal static class FecBareWriter
{
    private const string Header = "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise";
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = "," };

    public static async Task WriteAsync(IAsyncEnumerable<LedgerEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        writer.Write(Header);
        writer.Write("\r\n");
        var scratch = new char[32];
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            foreach (var line in entry.Lines)
            {
                var (number, label) = line.Role switch
                {
                    LedgerAccountRole.CustomerReceivable => ("411", "Clients"),
                    LedgerAccountRole.RevenueGoods => ("707", "Ventes de marchandises"),
                    LedgerAccountRole.RevenueServices => ("706", "Prestations de services"),
                    _ => ("4457120", "TVA collectée 20 %"),
                };
                writer.Write("VE\tJournal des ventes\t");
                Write(writer, scratch, entry.Sequence, null, CultureInfo.InvariantCulture);
                Write(writer, scratch, entry.EntryDate, "yyyyMMdd", CultureInfo.InvariantCulture);
                writer.Write(number);
                writer.Write('\t');
                writer.Write(label);
                writer.Write('\t');
                writer.Write(line.CounterpartyCode);
                writer.Write('\t');
                writer.Write(line.CounterpartyName);
                writer.Write('\t');
                writer.Write(entry.DocumentReference);
                writer.Write('\t');
                Write(writer, scratch, entry.DocumentDate, "yyyyMMdd", CultureInfo.InvariantCulture);
                writer.Write(entry.Label);
                writer.Write('\t');
                Write(writer, scratch, line.Debit, "F2", DecimalComma);
                Write(writer, scratch, line.Credit, "F2", DecimalComma);
                writer.Write("\t\t");
                Write(writer, scratch, entry.ValidationDate, "yyyyMMdd", CultureInfo.InvariantCulture);
                writer.Write("\t\r\n");
            }
        }
    }

    private static void Write<T>(StreamWriter writer, char[] scratch, T value, string? format, IFormatProvider provider)
        where T : ISpanFormattable
    {
        value.TryFormat(scratch, out var written, format, provider);
        writer.Write(scratch, 0, written);
        writer.Write('\t');
    }
}
