using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Facturation.Plugins.Scriban.ViewModel;

/// <summary>The public instance properties (without parameters) and fields of a type, under their camelCase names.</summary>
internal static class PublicMembers
{
    private static readonly ConcurrentDictionary<Type, PublicMember[]> Known = new();

    public static IReadOnlyList<PublicMember> Of(Type type) => Known.GetOrAdd(type, static type =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true })
            .Select(property => new PublicMember(Name(property.Name), property.GetValue)),
        .. type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(field => new PublicMember(Name(field.Name), field.GetValue)),
    ]);

    private static string Name(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}

/// <summary>A readable member.</summary>
/// <param name="Name">Its camelCase name.</param>
/// <param name="Read">Reads it from an instance.</param>
internal sealed record PublicMember(string Name, Func<object?, object?> Read);
