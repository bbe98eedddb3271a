using System.Globalization;
using System.Text.Json;
using Facturation.Application.Issuing;
using Facturation.Domain.Lifecycle;
using Facturation.Domain.Money;
using Facturation.Persistence.Journal;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Journal;

/// <summary>
/// Compares a journaled document with its entry and its own snapshot: the snapshot must still hash to what was
/// journaled, and the columns lists and reports read (number, amounts) must still say what the snapshot says.
/// </summary>
internal static class DocumentChecks
{
    public static IEnumerable<JournalProblem> Check(JournalEntry entry, JournaledDocument document)
    {
        var number = entry.DocumentNumber;
        JournalProblem Problem(string code, string message) => new(code, message, entry.Sequence, number);

        if (document.CompanyId != entry.CompanyId)
            yield return Problem(JournalProblemCodes.CompanyChanged, $"{number} (entry {entry.Sequence}) now belongs to another company.");
        if (document.Status == DocumentStatus.Draft)
            yield return Problem(JournalProblemCodes.StatusReverted, $"{number} (entry {entry.Sequence}) was issued but is a draft again in the database.");
        if (document.SnapshotHash != entry.SnapshotHash)
            yield return Problem(JournalProblemCodes.SnapshotHashChanged, $"The stored snapshot hash of {number} differs from the one entry {entry.Sequence} recorded.");
        if (document.SnapshotJson is null || SnapshotJson.Hash(document.SnapshotJson) != entry.SnapshotHash)
            yield return Problem(JournalProblemCodes.SnapshotAltered, $"The issued snapshot of {number} was edited: its content no longer hashes to what entry {entry.Sequence} recorded.");

        var snapshot = Read(document.SnapshotJson);
        if (snapshot is null)
        {
            yield return Problem(JournalProblemCodes.SnapshotUnreadable, $"The issued snapshot of {number} cannot be read back, so its number and amounts cannot be checked.");
            if (document.Number != number)
                yield return Problem(JournalProblemCodes.NumberChanged, $"{number} (entry {entry.Sequence}) now carries number '{document.Number}' in the database.");
            yield break;
        }

        if (document.Number != number || snapshot.Document.Number != document.Number)
        {
            yield return Problem(JournalProblemCodes.NumberChanged,
                $"{number} (entry {entry.Sequence}) carries number '{document.Number}' in the database and '{snapshot.Document.Number}' in its snapshot.");
        }
        var totals = snapshot.Totals;
        foreach (var (column, stored, frozen) in new[]
        {
            ("TaxExclusiveMinor", document.TaxExclusiveMinor, totals.TaxExclusiveAmount.Amount),
            ("TaxTotalMinor", document.TaxTotalMinor, totals.TaxTotal.Amount),
            ("TaxInclusiveMinor", document.TaxInclusiveMinor, totals.TaxInclusiveAmount.Amount),
        })
        {
            if (!RoundingPolicy.HasAtMostDecimals(frozen, RoundingPolicy.AmountDecimals) || RoundingPolicy.ToMinorUnits(frozen) != stored)
            {
                yield return Problem(JournalProblemCodes.AmountChanged, string.Create(CultureInfo.InvariantCulture,
                    $"{number}: {column} is {RoundingPolicy.FromMinorUnits(stored)} in the database but its issued snapshot says {frozen}."));
            }
        }
    }

    private static DocumentSnapshot? Read(string? json)
    {
        if (json is null)
            return null;
        try
        {
            return SnapshotJson.Deserialize(json);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            // A code type's validating constructor refused a value (e.g. a currency code edited into nonsense).
            return null;
        }
    }
}
