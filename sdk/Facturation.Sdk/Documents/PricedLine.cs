using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Documents;

/// <summary>A line with the amount the host computed and the tax regime's decision.</summary>
/// <param name="Line">The line as entered.</param>
/// <param name="NetAmount">Quantity × unit price − discount, rounded to 2 decimals (BT-131).</param>
/// <param name="Tax">The regime's decision for the line.</param>
public sealed record PricedLine(DocumentLine Line, Money NetAmount, TaxDecision Tax);
