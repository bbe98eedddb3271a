namespace Facturation.Rendering.Documents;

/// <summary>A document-level allowance (negative) or charge as printed.</summary>
/// <param name="Reason">Reason.</param>
/// <param name="Amount">Signed amount, formatted with the currency.</param>
/// <param name="VatRate">Its VAT rate.</param>
public sealed record AllowanceChargeView(string Reason, string Amount, string VatRate);
