using System.Buffers;
using System.Globalization;
using System.Text;
using Facturation.Sdk.Accounting;

namespace Facturation.Plugins.France.Accounting;

/// <summary>
/// Turns ledger entries into FEC records (LPF art. A.47 A-1): the 18 fields of <see cref="FecField"/> in their
/// declared order, one separator, one record per ledger line, lines ending CRLF. Amounts: decimal comma, exactly 2
/// decimals, no thousands separator, the empty side written <c>0,00</c>. Dates: <c>AAAAMMJJ</c>. Text: the
/// separator, CR and LF become a space. One instance serves one export (it keeps scratch buffers), like
/// <see cref="FecEntryRules"/>.
/// </summary>
internal sealed class FecRecordFormat
{
    private static readonly FecField[] Order = Enum.GetValues<FecField>();

    /// <summary>The 18 field names, in the order the administration requires (the header line).</summary>
    public static IReadOnlyList<string> FieldNames { get; } = Array.ConvertAll(Order, field => field.ToString());

    /// <summary>Numbers with a decimal comma and no group separator (culture-independent, unlike fr-FR's).</summary>
    public static NumberFormatInfo DecimalComma { get; } =
        NumberFormatInfo.ReadOnly(new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "" });

    private const string LineEnd = "\r\n";
    private static readonly SearchValues<char> TabOrLineBreak = SearchValues.Create("\t\r\n");
    private static readonly SearchValues<char> PipeOrLineBreak = SearchValues.Create("|\r\n");

    private readonly FecAccountPlan _plan;
    private readonly char _separator;
    private readonly SearchValues<char> _forbidden;
    // The fields that come from the entry are the same on each of its lines: formatted once per entry, by field.
    private readonly StringBuilder[] _entryFields = Array.ConvertAll(Order, _ => new StringBuilder(32));

    public FecRecordFormat(FecAccountPlan plan, char separator)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _plan = plan;
        _separator = separator;
        _forbidden = separator switch
        {
            '\t' => TabOrLineBreak,
            '|' => PipeOrLineBreak,
            _ => throw new ArgumentOutOfRangeException(nameof(separator), separator, "The FEC separator is a tab or a pipe."),
        };
    }

    /// <summary>The first line: the 18 field names.</summary>
    public void AppendHeader(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.AppendJoin(_separator, FieldNames).Append(LineEnd);
    }

    /// <summary>One record per line of the entry (already checked by <see cref="FecEntryRules"/>).</summary>
    public void AppendEntry(StringBuilder text, LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entry);
        FormatEntryFields(entry);
        foreach (var line in entry.Lines)
        {
            var account = _plan.AccountOf(line);
            for (var i = 0; i < Order.Length; i++)
            {
                if (i > 0)
                    text.Append(_separator);
                AppendField(text, Order[i], line, account);
            }
            text.Append(LineEnd);
        }
    }

    private void FormatEntryFields(LedgerEntry entry)
    {
        var journal = _plan.JournalOf(entry.Journal);
        AppendText(EntryField(FecField.JournalCode), journal.Code);
        AppendText(EntryField(FecField.JournalLib), journal.Label);
        EntryField(FecField.EcritureNum).Append(CultureInfo.InvariantCulture, $"{entry.Sequence}");
        AppendDate(EntryField(FecField.EcritureDate), entry.EntryDate);
        AppendText(EntryField(FecField.PieceRef), entry.DocumentReference);
        AppendDate(EntryField(FecField.PieceDate), entry.DocumentDate);
        AppendText(EntryField(FecField.EcritureLib), entry.Label);
        AppendDate(EntryField(FecField.ValidDate), entry.ValidationDate);
    }

    private StringBuilder EntryField(FecField field) => _entryFields[(int)field].Clear();

    private void AppendField(StringBuilder text, FecField field, LedgerLine line, FecAccount account)
    {
        switch (field)
        {
            case FecField.JournalCode or FecField.JournalLib or FecField.EcritureNum or FecField.EcritureDate
                or FecField.PieceRef or FecField.PieceDate or FecField.EcritureLib or FecField.ValidDate:
                text.Append(_entryFields[(int)field]);
                break;
            case FecField.CompteNum:
                AppendText(text, account.Number);
                break;
            case FecField.CompteLib:
                AppendText(text, account.Label);
                break;
            // CompAuxNum and CompAuxLib go together: a code without a name is labelled with the code.
            case FecField.CompAuxNum when HasCounterparty(line):
                AppendText(AppendText(text, _plan.AuxiliaryPrefix), line.CounterpartyCode);
                break;
            case FecField.CompAuxLib when HasCounterparty(line):
                AppendText(text, string.IsNullOrWhiteSpace(line.CounterpartyName) ? line.CounterpartyCode : line.CounterpartyName);
                break;
            case FecField.Debit:
                AppendAmount(text, line.Debit);
                break;
            case FecField.Credit:
                AppendAmount(text, line.Credit);
                break;
            case FecField.EcritureLet:
                AppendText(text, line.LetteringCode);
                break;
            case FecField.DateLet when line.LetteringDate is { } letteringDate:
                AppendDate(text, letteringDate);
                break;
            // Montantdevise and Idevise go together; the amount is positive like Debit/Credit, its side is the line's.
            case FecField.Montantdevise when line.ForeignAmount is { } foreign:
                AppendAmount(text, foreign.Amount);
                break;
            case FecField.Idevise when line.ForeignAmount is { } foreign:
                text.Append(foreign.Currency.Value);
                break;
        }
    }

    private static bool HasCounterparty(LedgerLine line) => !string.IsNullOrWhiteSpace(line.CounterpartyCode);

    private StringBuilder AppendText(StringBuilder text, string? value)
    {
        var rest = value.AsSpan();
        for (var at = rest.IndexOfAny(_forbidden); at >= 0; at = rest.IndexOfAny(_forbidden))
        {
            text.Append(rest[..at]).Append(' ');
            rest = rest[(at + 1)..];
        }
        return text.Append(rest);
    }

    private static StringBuilder AppendDate(StringBuilder text, DateOnly date) =>
        text.Append(CultureInfo.InvariantCulture, $"{date:yyyyMMdd}");

    // FecEntryRules has refused any amount with more than 2 decimals (AmountRounding.IsRounded): F2 only pads.
    private static StringBuilder AppendAmount(StringBuilder text, decimal amount) =>
        text.Append(DecimalComma, $"{amount:F2}");
}
