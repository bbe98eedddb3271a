using System.Reflection;
using System.Text;

namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>
/// Lists a public API as text, one line per type and per member, sorted, so that a diff of two listings
/// shows every contract change. Written for this repository; it reads metadata through reflection only.
/// </summary>
internal static class PublicApiWriter
{
    private const string Indent = "    ";

    /// <summary>The public API of an assembly: its public and protected types and members.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The listing, <c>\n</c> line ends.</returns>
    public static string Write(Assembly assembly) => Write(assembly.GetTypes().Where(Access.IsVisible));

    /// <summary>The listing of the given types (whatever their own visibility) and their visible members.</summary>
    /// <param name="types">The types.</param>
    /// <returns>The listing, <c>\n</c> line ends.</returns>
    public static string Write(IEnumerable<Type> types)
    {
        var nullability = new NullabilityInfoContext();
        var declarations = new TypeDeclarations(nullability);
        var members = new MemberLines(nullability);
        var builder = new StringBuilder();
        foreach (var type in types.OrderBy(TypeDeclarations.FullName, StringComparer.Ordinal))
        {
            if (builder.Length > 0)
                builder.Append('\n');
            builder.Append(declarations.Of(type)).Append('\n');
            foreach (var line in members.Of(type))
                builder.Append(Indent).Append(line.Text).Append('\n');
        }
        return builder.ToString();
    }
}
