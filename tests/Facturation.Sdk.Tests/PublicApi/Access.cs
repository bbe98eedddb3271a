using System.Reflection;

namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>What code outside the assembly can see: public, protected and protected internal.</summary>
internal static class Access
{
    /// <summary>Whether a type is reachable from another assembly (its declaring types included).</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for public or protected types inside visible types.</returns>
    public static bool IsVisible(Type type) => type.IsNested
        ? (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!)
        : type.IsPublic;

    /// <summary>Whether a method, constructor or accessor is reachable from another assembly.</summary>
    /// <param name="method">The method.</param>
    /// <returns><see langword="true"/> for public, protected and protected internal.</returns>
    public static bool IsVisible(MethodBase? method) =>
        method is not null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

    /// <summary>Whether a field is reachable from another assembly.</summary>
    /// <param name="field">The field.</param>
    /// <returns><see langword="true"/> for public, protected and protected internal.</returns>
    public static bool IsVisible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    /// <summary>The C# keyword(s) for a type's accessibility.</summary>
    /// <param name="type">A visible type.</param>
    /// <returns><c>public</c>, <c>protected</c> or <c>protected internal</c>.</returns>
    public static string Keyword(Type type) =>
        type.IsPublic || type.IsNestedPublic ? "public" : type.IsNestedFamORAssem ? "protected internal" : "protected";

    /// <summary>The C# keyword(s) for a member's accessibility.</summary>
    /// <param name="method">A visible method.</param>
    /// <returns><c>public</c>, <c>protected</c> or <c>protected internal</c>.</returns>
    public static string Keyword(MethodBase method) =>
        method.IsPublic ? "public" : method.IsFamilyOrAssembly ? "protected internal" : "protected";

    /// <summary>The C# keyword(s) for a field's accessibility.</summary>
    /// <param name="field">A visible field.</param>
    /// <returns><c>public</c>, <c>protected</c> or <c>protected internal</c>.</returns>
    public static string Keyword(FieldInfo field) =>
        field.IsPublic ? "public" : field.IsFamilyOrAssembly ? "protected internal" : "protected";

    /// <summary>Orders accessibilities so the wider accessor of a property gives the property's own.</summary>
    /// <param name="method">A visible accessor.</param>
    /// <returns>3 for public, 2 for protected internal, 1 for protected.</returns>
    public static int Rank(MethodBase method) => method.IsPublic ? 3 : method.IsFamilyOrAssembly ? 2 : 1;
}
