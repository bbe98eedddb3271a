using System.Collections.ObjectModel;
using System.Reflection;

namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>The attributes that change what callers may do (obsolescence, flags, nullability contracts), as C#.</summary>
internal static class ApiAttributes
{
    private const string CompilerFeatureRequired = "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute";

    private static readonly HashSet<string> Listed = new(StringComparer.Ordinal)
    {
        "System.ObsoleteAttribute",
        "System.FlagsAttribute",
        "System.Diagnostics.CodeAnalysis.AllowNullAttribute",
        "System.Diagnostics.CodeAnalysis.DisallowNullAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullIfNotNullAttribute",
        "System.Diagnostics.CodeAnalysis.DoesNotReturnAttribute",
        "System.Diagnostics.CodeAnalysis.DoesNotReturnIfAttribute",
        "System.Diagnostics.CodeAnalysis.MemberNotNullAttribute",
        "System.Diagnostics.CodeAnalysis.MemberNotNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute",
        "System.Diagnostics.CodeAnalysis.ExperimentalAttribute",
    };

    /// <summary>The listed attributes of a type, member or parameter, sorted.</summary>
    /// <param name="attributes">Its attribute data.</param>
    /// <param name="target">A target prefix such as <c>return: </c>, or empty.</param>
    /// <returns>E.g. <c>[NotNullWhen(true)]</c>, or empty.</returns>
    public static string Format(IEnumerable<CustomAttributeData> attributes, string target = "")
    {
        var all = attributes.ToList();
        // Constructors of types with required members carry a compiler-made [Obsolete]: not the author's word.
        var compilerObsolete = all.Any(a => a.AttributeType.FullName == CompilerFeatureRequired);
        var listed = all
            .Where(a => Listed.Contains(a.AttributeType.FullName ?? string.Empty))
            .Where(a => !(compilerObsolete && a.AttributeType == typeof(ObsoleteAttribute)))
            .Select(a => $"[{target}{Describe(a)}]")
            .Order(StringComparer.Ordinal);
        return Words.Join(listed);
    }

    private static string Describe(CustomAttributeData attribute)
    {
        var name = attribute.AttributeType.Name;
        name = name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
        var arguments = attribute.ConstructorArguments.Select(Argument)
            .Concat(attribute.NamedArguments.Select(n => $"{n.MemberName} = {Argument(n.TypedValue)}"))
            .ToList();
        return arguments.Count == 0 ? name : $"{name}({string.Join(", ", arguments)})";
    }

    private static string Argument(CustomAttributeTypedArgument argument) =>
        argument.Value is ReadOnlyCollection<CustomAttributeTypedArgument> items
            ? string.Join(", ", items.Select(Argument))
            : Literals.Format(argument.Value, argument.ArgumentType);
}
