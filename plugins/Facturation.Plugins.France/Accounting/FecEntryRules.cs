using System.Globalization;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.France.Accounting;

/// <summary>
/// The FEC rules an entry must meet before it is written (LPF art. A.47 A-1): balanced, at least two lines, each
/// a positive debit or credit with at most 2 decimals, numbered 1, 2, 3 ... in its journal, in validation order,
/// dated within the exported period. It remembers the previous entries, so one instance checks one file.
/// A broken rule throws <see cref="InvalidDataException"/>: the host writes to a temporary file and drops it.
/// </summary>
internal sealed class FecEntryRules
{
    private readonly AccountingPeriod _period;
    private readonly FecAccountPlan _plan;
    private readonly Dictionary<LedgerJournal, long> _lastSequence = [];
    private DateOnly? _lastValidation;

    public FecEntryRules(AccountingPeriod period, FecAccountPlan plan)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(plan);
        _period = period;
        _plan = plan;
    }

    /// <summary>Checks the entry and records it as the last one of its journal.</summary>
    public void Check(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var expected = _lastSequence.GetValueOrDefault(entry.Journal) + 1;
        if (entry.Sequence != expected)
            throw Broken(entry, $"its number must be {expected}: EcritureNum is continuous in each journal, starting at 1");
        if (entry.ValidationDate < _lastValidation)
            throw Broken(entry, $"its validation date {entry.ValidationDate:yyyy-MM-dd} is earlier than the previous entry's ({_lastValidation:yyyy-MM-dd}): records come in validation order");
        if (entry.EntryDate < _period.Start || entry.EntryDate > _period.End)
            throw Broken(entry, $"its date {entry.EntryDate:yyyy-MM-dd} is outside the exported period {_period.Start:yyyy-MM-dd} to {_period.End:yyyy-MM-dd}");
        if (entry.Lines is not { Count: >= 2 })
            throw Broken(entry, $"it has fewer than 2 lines: an entry debits and credits at least one account each");

        decimal debit = 0m, credit = 0m;
        for (var i = 0; i < entry.Lines.Count; i++)
        {
            var line = entry.Lines[i];
            CheckAmounts(entry, i, line);
            debit += line.Debit;
            credit += line.Credit;
        }
        if (debit != credit)
            throw Broken(entry, $"it is unbalanced: debit {debit:F2} is not credit {credit:F2} (each entry balances, Σ debit = Σ credit)");

        _lastSequence[entry.Journal] = entry.Sequence;
        _lastValidation = entry.ValidationDate;
    }

    private InvalidDataException Broken(LedgerEntry entry, FormattableString rule)
    {
        var code = entry.Journal is LedgerJournal.Sales or LedgerJournal.Bank ? _plan.JournalOf(entry.Journal).Code : "?";
        return new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
            $"FEC: entry {entry.Sequence} of the {entry.Journal} journal ({code}, {entry.DocumentReference}) cannot be written: {rule.ToString(CultureInfo.InvariantCulture)}."));
    }

    private void CheckAmounts(LedgerEntry entry, int index, LedgerLine line)
    {
        var where = index + 1;
        if (line.Debit < 0 || line.Credit < 0)
            throw Broken(entry, $"line {where} has a negative amount: debits and credits are positive, the side gives the sign");
        if ((line.Debit != 0) == (line.Credit != 0))
            throw Broken(entry, $"line {where} must have either a debit or a credit, not both nor neither");
        if (HasMoreThanTwoDecimals(line.Debit) || HasMoreThanTwoDecimals(line.Credit))
            throw Broken(entry, $"line {where} has an amount with more than 2 decimals");
        if (line.ForeignAmount is { } foreign)
        {
            if (foreign.Currency.Value is null)
                throw Broken(entry, $"line {where} has a foreign amount without currency: Montantdevise and Idevise go together");
            if (foreign.Amount < 0)
                throw Broken(entry, $"line {where} has a negative foreign amount: Montantdevise is positive like the line's debit or credit");
            if (HasMoreThanTwoDecimals(foreign.Amount))
                throw Broken(entry, $"line {where} has a foreign amount with more than 2 decimals");
        }
    }

    private static bool HasMoreThanTwoDecimals(decimal amount) => !AmountRounding.IsRounded(amount);
}
