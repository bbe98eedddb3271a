using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Facturation.Plugins.Scriban.ViewModel;

/// <summary>
/// An object of the render's copy of the view model: its members by name. Lighter than a <see cref="ScriptObject"/>
/// (a plain dictionary, built for every render); a template may assign to it, which only changes this render's copy.
/// </summary>
internal sealed class PlainMap(int capacity) : IScriptObject
{
    private readonly Dictionary<string, object?> _members = new(capacity, StringComparer.Ordinal);

    public int Count => _members.Count;

    public bool IsReadOnly { get; set; }

    public object? this[string name]
    {
        set => _members[name] = value;
    }

    public IEnumerable<string> GetMembers() => _members.Keys;

    public bool Contains(string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) => _members.TryGetValue(member, out value);

    public bool CanWrite(string member) => !IsReadOnly;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        if (IsReadOnly)
            return false;
        _members[member] = value;
        return true;
    }

    public bool Remove(string member) => !IsReadOnly && _members.Remove(member);

    public void SetReadOnly(string member, bool readOnly)
    {
        // Members are never individually read-only: the whole copy is the render's own.
    }

    public IScriptObject Clone(bool deep)
    {
        var copy = new PlainMap(_members.Count);
        foreach (var (name, value) in _members)
            copy[name] = deep && value is PlainMap map ? map.Clone(deep) : value;
        return copy;
    }
}
