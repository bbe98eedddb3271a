namespace Facturation.Application.Tests.EInvoicing.Conformance;

/// <summary>One failed assertion (or successful report) of an SVRL result: the rule's id, its flag (<c>fatal</c>,
/// <c>warning</c>, ...), where in the document and the rule's text.</summary>
internal sealed record SvrlAssertion(string Id, string Flag, string Location, string Text)
{
    public bool IsFatal => string.Equals(Flag, "fatal", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Flag, "error", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Id} [{Flag}] at {Location}: {Text}";
}
