using System.Reflection;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The parts of an export the <see cref="IEInvoiceFormat"/> contract does not expose, reached by reflection in the
/// loaded plugin so the scenario can split the export's time: the writer alone (<c>CiiWriter.Write</c> /
/// <c>UblWriter.Write</c>, no rules, no XSD) and the EN 16931 rules alone (<c>En16931Rules.Check</c>). Either is
/// <see langword="null"/> when the plugin does not have it under that name; the report then says so.
/// </summary>
/// <param name="Write">The writer alone: snapshot and profile to XML bytes.</param>
/// <param name="Check">The business rules alone: snapshot and profile to problems.</param>
internal sealed record EInvoiceInternals(Func<DocumentSnapshot, string, byte[]>? Write, Func<DocumentSnapshot, string, IReadOnlyList<Problem>>? Check)
{
    public static EInvoiceInternals Of(IEInvoiceFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var type = format.GetType();
        var syntax = type.Name.EndsWith("Format", StringComparison.Ordinal) ? type.Name[..^"Format".Length] : type.Name;
        var writer = type.Assembly.GetType($"{type.Namespace}.{syntax}Writer");
        var rulesNamespace = type.Namespace is { } ns && ns.LastIndexOf('.') is var dot and > 0 ? ns[..dot] + ".Rules" : "Rules";
        var rules = type.Assembly.GetType($"{rulesNamespace}.En16931Rules");
        return new EInvoiceInternals(
            Method(writer, "Write", typeof(byte[]))?.CreateDelegate<Func<DocumentSnapshot, string, byte[]>>(),
            Method(rules, "Check", typeof(IReadOnlyList<Problem>))?.CreateDelegate<Func<DocumentSnapshot, string, IReadOnlyList<Problem>>>());
    }

    private static MethodInfo? Method(Type? type, string name, Type returns)
    {
        var method = type?.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(DocumentSnapshot), typeof(string)]);
        return method?.ReturnType == returns ? method : null;
    }
}
