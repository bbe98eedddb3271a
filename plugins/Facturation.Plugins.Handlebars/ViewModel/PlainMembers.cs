using System.Collections.Frozen;
using System.Reflection;

namespace Facturation.Plugins.Handlebars.ViewModel;

/// <summary>
/// The members a template can read on a record: public instance properties without parameters and public instance
/// fields. No method is reachable. Names match exactly first, then ignoring case when that is unambiguous.
/// </summary>
internal sealed class PlainMembers
{
    private readonly FrozenDictionary<string, MemberInfo> _exact;
    private readonly FrozenDictionary<string, MemberInfo> _ignoringCase;

    private PlainMembers(List<MemberInfo> members)
    {
        Names = [.. members.Select(member => member.Name)];
        _exact = members.ToFrozenDictionary(member => member.Name, StringComparer.Ordinal);
        _ignoringCase = members
            .GroupBy(member => member.Name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() == 1)
            .ToFrozenDictionary(group => group.Key, group => group.Single(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Member names, in declaration order (most derived type first).</summary>
    public IReadOnlyList<string> Names { get; }

    public static PlainMembers Of(Type type)
    {
        var members = new List<MemberInfo>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            foreach (var property in current.GetProperties(Declared))
            {
                var readable = property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
                    && !property.PropertyType.IsByRef && !property.PropertyType.IsPointer && !property.PropertyType.IsByRefLike;
                if (readable && names.Add(property.Name))
                {
                    members.Add(property);
                }
            }

            foreach (var field in current.GetFields(Declared))
            {
                if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike && names.Add(field.Name))
                {
                    members.Add(field);
                }
            }
        }

        return new PlainMembers(members);
    }

    /// <summary>Finds a member by the name a template wrote.</summary>
    public bool TryFind(string name, out MemberInfo member) =>
        _exact.TryGetValue(name, out member!) || _ignoringCase.TryGetValue(name, out member!);

    /// <summary>Reads a member of an instance.</summary>
    public static object? Read(MemberInfo member, object instance) => member switch
    {
        PropertyInfo property => property.GetValue(instance),
        FieldInfo field => field.GetValue(instance),
        _ => null,
    };
}
