namespace Facturation.Application.Interchange;

/// <summary>What an export wrote.</summary>
/// <param name="Companies">Companies written.</param>
/// <param name="Customers">Customers written.</param>
/// <param name="Items">Items written.</param>
/// <param name="Drafts">Draft documents written in the importable section.</param>
/// <param name="Issued">Numbered documents written in the read-only <c>issued</c> section.</param>
/// <param name="NotExported">Drafts the format cannot carry (credit notes, host-written deposit lines, final invoices of quotes with deposits), with the reason.</param>
public sealed record ExportSummary(int Companies, int Customers, int Items, int Drafts, int Issued, IReadOnlyList<string> NotExported);
