using System.Reflection;

namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>Writes a type's declaration line: accessibility, modifiers, kind, full name, bases and constraints.</summary>
internal sealed class TypeDeclarations(NullabilityInfoContext nullability)
{
    private const string IsReadOnly = "System.Runtime.CompilerServices.IsReadOnlyAttribute";

    private readonly Signatures _signatures = new(nullability);

    /// <summary>The declaration line of a visible type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>E.g. <c>public sealed record Facturation.Sdk.Plugins.PluginDependency : System.IEquatable&lt;...&gt;</c>.</returns>
    public string Of(Type type)
    {
        var head = Words.Join(ApiAttributes.Format(type.GetCustomAttributesData()), Access.Keyword(type));
        var name = FullName(type);
        var ownParameters = OwnGenericParameters(type);
        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            return $"{head} enum {name}{(underlying == typeof(int) ? string.Empty : " : " + TypeNames.Format(underlying))}";
        }
        if (type.IsSubclassOf(typeof(MulticastDelegate)))
        {
            var invoke = type.GetMethod("Invoke")!;
            return $"{head} delegate {_signatures.ReturnType(invoke)} {name}{_signatures.Parameters(invoke)}{Signatures.Constraints(ownParameters)};";
        }
        return $"{head} {Kind(type)} {name}{Bases(type)}{Signatures.Constraints(ownParameters)}";
    }

    /// <summary>The full name of a type as declared, with its generic parameter names and variance.</summary>
    /// <param name="type">The type.</param>
    /// <returns>E.g. <c>Facturation.Sdk.Tests.PublicApi.Samples.SampleLedger&lt;TEntry&gt;</c>.</returns>
    public static string FullName(Type type) =>
        TypeNames.Qualified(type, [.. type.GetGenericArguments().Select(Signatures.TypeParameter)]);

    private static Type[] OwnGenericParameters(Type type)
    {
        var inherited = type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0;
        return [.. type.GetGenericArguments().Skip(inherited)];
    }

    private static string Kind(Type type)
    {
        if (type.IsInterface)
            return "interface";
        if (type.IsValueType)
        {
            var isReadOnly = type.GetCustomAttributesData().Any(a => a.AttributeType.FullName == IsReadOnly);
            return (isReadOnly ? "readonly " : string.Empty) + (type.IsByRefLike ? "ref " : string.Empty)
                + (IsRecordStruct(type) ? "record struct" : "struct");
        }
        if (type.IsAbstract && type.IsSealed)
            return "static class";
        var modifier = type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty;
        return modifier + (type.GetMethod("<Clone>$") is not null ? "record" : "class");
    }

    private static bool IsRecordStruct(Type type) =>
        type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(System.Text.StringBuilder)]) is { } printMembers
        && printMembers.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false);

    private static string Bases(Type type)
    {
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
            bases.Add(TypeNames.Format(baseType));
        bases.AddRange(type.GetInterfaces().Select(i => TypeNames.Format(i)).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases);
    }
}
