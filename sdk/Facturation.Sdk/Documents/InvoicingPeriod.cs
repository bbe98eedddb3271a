namespace Facturation.Sdk.Documents;

/// <summary>The period a document invoices (EN 16931 BG-14), e.g. a month of a subscription (SDK 1.3).</summary>
/// <param name="Start">First day invoiced (BT-73).</param>
/// <param name="End">Last day invoiced (BT-74), on or after <paramref name="Start"/> (BR-29).</param>
public sealed record InvoicingPeriod(DateOnly Start, DateOnly End);
