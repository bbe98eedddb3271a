using System.Reflection;

namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>Writes type references the way C# source spells them: keywords, generics, arrays, <c>?</c> for nullable.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(char)] = "char",
        [typeof(decimal)] = "decimal", [typeof(double)] = "double", [typeof(float)] = "float",
        [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong",
        [typeof(short)] = "short", [typeof(ushort)] = "ushort", [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
        [typeof(object)] = "object", [typeof(string)] = "string", [typeof(void)] = "void",
    };

    /// <summary>A type reference, with <c>?</c> where <paramref name="nullability"/> says it may be null.</summary>
    /// <param name="type">The type.</param>
    /// <param name="nullability">Its nullability, when known.</param>
    /// <param name="writeState">Use the state of values written (parameters) rather than read (returns, properties).</param>
    /// <returns>The C# spelling.</returns>
    public static string Format(Type type, NullabilityInfo? nullability = null, bool writeState = false)
    {
        if (type.IsByRef)
            return Format(type.GetElementType()!, nullability, writeState);
        if (type.IsPointer)
            return Format(type.GetElementType()!, null) + "*";
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return Format(underlying, nullability?.GenericTypeArguments.ElementAtOrDefault(0), writeState) + "?";
        if (type.IsArray)
        {
            var element = Format(type.GetElementType()!, nullability?.ElementType, writeState);
            return $"{element}[{new string(',', type.GetArrayRank() - 1)}]{Mark(type, nullability, writeState)}";
        }
        if (type.IsGenericParameter)
            return type.Name + Mark(type, nullability, writeState);
        if (Keywords.TryGetValue(type, out var keyword))
            return keyword + Mark(type, nullability, writeState);
        var arguments = type.IsGenericType ? type.GetGenericArguments() : [];
        var formatted = arguments
            .Select((argument, i) => type.IsGenericTypeDefinition
                ? argument.Name
                : Format(argument, nullability?.GenericTypeArguments.ElementAtOrDefault(i), writeState))
            .ToArray();
        return Qualified(type, formatted) + Mark(type, nullability, writeState);
    }

    /// <summary>The full name of a type with the given generic arguments, nested types joined with dots.</summary>
    /// <param name="type">The type (or its generic definition).</param>
    /// <param name="arguments">All its generic arguments, the declaring types' first, already formatted.</param>
    /// <returns>E.g. <c>Facturation.Sdk.Payments.PaymentOutcome.Processed</c>.</returns>
    public static string Qualified(Type type, IReadOnlyList<string> arguments)
    {
        var inherited = type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0;
        var prefix = type.IsNested ? Qualified(type.DeclaringType!, [.. arguments.Take(inherited)]) : type.Namespace;
        var name = SimpleName(type);
        var own = arguments.Skip(inherited).ToArray();
        if (own.Length > 0)
            name += $"<{string.Join(", ", own)}>";
        return prefix is null ? name : $"{prefix}.{name}";
    }

    /// <summary>The name without namespace, declaring type or generic arity (<c>SampleLedger</c> for <c>SampleLedger`1</c>).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The name.</returns>
    public static string SimpleName(Type type)
    {
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick];
    }

    private static string Mark(Type type, NullabilityInfo? nullability, bool writeState)
    {
        var state = writeState ? nullability?.WriteState : nullability?.ReadState;
        return !type.IsValueType && state == NullabilityState.Nullable ? "?" : string.Empty;
    }
}
