using System.Globalization;
using Facturation.Application.Interchange.Model;

namespace Facturation.Application.Interchange.Planning;

/// <summary>Finds a value used twice in one file (a source id, a code) within a scope, naming the first record that used it.</summary>
internal sealed class FileKeys(string field, string what)
{
    private readonly Dictionary<(string Scope, string Value), RecordLocation> _seen = [];

    /// <summary>Records <paramref name="value"/>; reports it when an earlier record of the scope used it.</summary>
    /// <returns>True when the value is new.</returns>
    public bool Claim(string scope, string? value, RecordLocation at, ImportErrorList errors)
    {
        if (string.IsNullOrEmpty(value))
            return true;
        if (_seen.TryAdd((scope, value), at))
            return true;
        var first = _seen[(scope, value)];
        errors.Add(at, field, field + ".duplicate", string.Create(CultureInfo.InvariantCulture,
            $"{what} '{value}' is already used by {first.Kind}[{first.Index}]{(first.SourceId is null ? "" : $" ({first.SourceId})")} in this file."));
        return false;
    }
}
