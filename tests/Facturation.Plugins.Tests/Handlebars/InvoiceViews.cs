namespace Facturation.Plugins.Tests.Handlebars;

/// <summary>Plain view models, the kind the host gives to templates.</summary>
internal enum InvoiceStatus
{
    Draft,
    Issued,
    Paid,
}

internal sealed record CustomerView(string Name, string City);

internal sealed record LineView(string Label, int Quantity, string Amount);

internal sealed record InvoiceView(
    string Number,
    CustomerView Customer,
    IReadOnlyList<LineView> Lines,
    string Total,
    string? Note,
    InvoiceStatus Status,
    string Logo = "<svg><circle r=\"4\"/></svg>");

internal sealed record ItemsView(IReadOnlyList<string> Items, string Big = "");

internal sealed record WithStreamView(string Name, Stream Logo);

internal sealed record WithCodeView(string Name, Func<string> Compute);
