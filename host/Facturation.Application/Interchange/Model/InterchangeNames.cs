using Facturation.Domain.Parties;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Interchange.Model;

/// <summary>How the file spells the enumerations (camelCase names, the same for reading and writing).</summary>
internal static class InterchangeNames
{
    public static readonly IReadOnlyDictionary<string, DocumentType> DocumentTypes = Names<DocumentType>();

    public static readonly IReadOnlyDictionary<string, CustomerKind> CustomerKinds = Names<CustomerKind>();

    public static readonly IReadOnlyDictionary<string, LineNature> LineNatures = Names<LineNature>();

    public static string Of<T>(T value) where T : struct, Enum => Camel(value.ToString());

    private static Dictionary<string, T> Names<T>() where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => Camel(v.ToString()), v => v, StringComparer.Ordinal);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
