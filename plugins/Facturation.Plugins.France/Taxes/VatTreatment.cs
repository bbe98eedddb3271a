using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.France.Taxes;

/// <summary>A decision for a line or an allowance, with the mention the law ties to it.</summary>
/// <param name="Decision">Category, rate, exemption and tax point.</param>
/// <param name="Mention">The mention to print, when the treatment needs one.</param>
internal sealed record VatTreatment(TaxDecision Decision, LegalMention? Mention = null);
