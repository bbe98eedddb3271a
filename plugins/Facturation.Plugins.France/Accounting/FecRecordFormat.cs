using System.Buffers;
using System.Globalization;
using System.Text;
using Facturation.Sdk.Accounting;

namespace Facturation.Plugins.France.Accounting;

/// <summary>
/// Turns ledger entries into FEC records (LPF art. A.47 A-1): 18 fields, one separator, one record per ledger
/// line, lines ending CRLF. Amounts: decimal comma, exactly 2 decimals, no thousands separator, the empty side
/// written <c>0,00</c>. Dates: <c>AAAAMMJJ</c>. Text: the separator, CR and LF become a space.
/// One instance serves one export (it keeps scratch buffers), like <see cref="FecEntryRules"/>.
/// </summary>
internal sealed class FecRecordFormat
{
    /// <summary>The 18 fields of a record, in the order the administration requires.</summary>
    public static IReadOnlyList<string> FieldNames { get; } =
    [
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef",
        "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
    ];

    /// <summary>Numbers with a decimal comma and no group separator (culture-independent, unlike fr-FR's).</summary>
    public static NumberFormatInfo DecimalComma { get; } =
        NumberFormatInfo.ReadOnly(new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "" });

    private const string LineEnd = "\r\n";
    private static readonly SearchValues<char> TabOrLineBreak = SearchValues.Create("\t\r\n");
    private static readonly SearchValues<char> PipeOrLineBreak = SearchValues.Create("|\r\n");

    private readonly FecAccountPlan _plan;
    private readonly char _separator;
    private readonly SearchValues<char> _forbidden;
    private readonly StringBuilder _entryFields = new(128);
    private readonly StringBuilder _documentFields = new(128);
    private readonly StringBuilder _validationDate = new(16);

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
        // The fields that come from the entry are the same on each of its lines: format them once.
        var journal = _plan.JournalOf(entry.Journal);
        _entryFields.Clear();
        AppendText(_entryFields, journal.Code).Append(_separator);
        AppendText(_entryFields, journal.Label).Append(_separator);
        _entryFields.Append(CultureInfo.InvariantCulture, $"{entry.Sequence}").Append(_separator);
        AppendDate(_entryFields, entry.EntryDate).Append(_separator);
        _documentFields.Clear();
        AppendText(_documentFields, entry.DocumentReference).Append(_separator);
        AppendDate(_documentFields, entry.DocumentDate).Append(_separator);
        AppendText(_documentFields, entry.Label).Append(_separator);
        _validationDate.Clear();
        AppendDate(_validationDate, entry.ValidationDate).Append(_separator);

        foreach (var line in entry.Lines)
        {
            var account = _plan.AccountOf(line);
            text.Append(_entryFields);
            AppendText(text, account.Number).Append(_separator);
            AppendText(text, account.Label).Append(_separator);
            AppendAuxiliary(text, line);
            text.Append(_documentFields);
            AppendAmount(text, line.Debit).Append(_separator);
            AppendAmount(text, line.Credit).Append(_separator);
            AppendText(text, line.LetteringCode).Append(_separator);
            if (line.LetteringDate is { } letteringDate)
                AppendDate(text, letteringDate);
            text.Append(_separator);
            text.Append(_validationDate);
            // Montantdevise and Idevise go together; the amount is positive like Debit/Credit, its side is the line's.
            if (line.ForeignAmount is { } foreign)
                AppendAmount(text, foreign.Amount).Append(_separator).Append(foreign.Currency.Value);
            else
                text.Append(_separator);
            text.Append(LineEnd);
        }
    }

    private void AppendAuxiliary(StringBuilder text, LedgerLine line)
    {
        // CompAuxNum and CompAuxLib go together: a code without a name is labelled with the code.
        if (!string.IsNullOrWhiteSpace(line.CounterpartyCode))
        {
            AppendText(text, _plan.AuxiliaryPrefix);
            AppendText(text, line.CounterpartyCode).Append(_separator);
            AppendText(text, string.IsNullOrWhiteSpace(line.CounterpartyName) ? line.CounterpartyCode : line.CounterpartyName).Append(_separator);
        }
        else
        {
            text.Append(_separator).Append(_separator);
        }
    }

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

    private static StringBuilder AppendAmount(StringBuilder text, decimal amount) =>
        text.Append(DecimalComma, $"{amount:F2}");
}
