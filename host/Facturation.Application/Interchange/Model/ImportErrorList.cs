using Facturation.Sdk.Common;

namespace Facturation.Application.Interchange.Model;

/// <summary>
/// Collects every error of an import. A field that already failed to read (wrong type, bad date) is not reported a
/// second time by the business rules run on the value that replaced it.
/// </summary>
internal sealed class ImportErrorList
{
    private readonly List<ImportError> _errors = [];
    private readonly HashSet<(string Kind, int Index, string Field)> _unreadable = [];

    public IReadOnlyList<ImportError> All => _errors;

    public bool Any => _errors.Count > 0;

    /// <summary>The errors grouped by record: file, companies, customers, items, documents, each by index, in the order found.</summary>
    public IReadOnlyList<ImportError> Sorted()
    {
        string[] kinds = [RecordKinds.File, RecordKinds.Companies, RecordKinds.Customers, RecordKinds.Items, RecordKinds.Documents];
        return _errors.Select((e, i) => (Error: e, Order: i))
            .OrderBy(x => Array.IndexOf(kinds, x.Error.Kind)).ThenBy(x => x.Error.Index ?? -1).ThenBy(x => x.Order)
            .Select(x => x.Error).ToList();
    }

    public void File(string code, string message, int? line = null) =>
        _errors.Add(new ImportError(RecordKinds.File, null, line, null, null, code, message));

    /// <summary>A field that could not be read as its type.</summary>
    public void Unreadable(RecordLocation at, string field, string code, string message)
    {
        _unreadable.Add((at.Kind, at.Index, field));
        Add(at, field, code, message);
    }

    public void Add(RecordLocation at, string? field, string code, string message) =>
        _errors.Add(new ImportError(at.Kind, at.Index, at.Line, at.SourceId, field, code, message));

    /// <summary>A business rule's problem, its field renamed as the file spells it.</summary>
    public void Add(RecordLocation at, Problem problem, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var field = FieldNames.FromRule(problem.Field, prefix);
        if (field is not null && _unreadable.Contains((at.Kind, at.Index, field)))
            return;
        Add(at, field, problem.Code, problem.Message);
    }

    public void AddRange(RecordLocation at, IEnumerable<Problem> problems, string? prefix = null)
    {
        foreach (var problem in problems)
            Add(at, problem, prefix);
    }
}
