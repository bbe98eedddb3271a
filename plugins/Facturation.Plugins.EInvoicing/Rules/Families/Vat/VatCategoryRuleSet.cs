using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Rules.Families.Vat;

/// <summary>
/// The ten rules EN 16931 gives each VAT category, numbered alike for every category (BR-S-01 … BR-S-10,
/// BR-Z-01 … BR-Z-10, ...): -01 breakdown present, -02/-03/-04 identifiers for lines/allowances/charges, -05/-06/-07
/// rate for lines/allowances/charges, -08 taxable amount, -09 tax amount, -10 exemption reason.
/// </summary>
/// <param name="Category">The category.</param>
/// <param name="Prefix">Rule id prefix, e.g. <c>BR-S</c>.</param>
/// <param name="Name">The category's name in the rule texts, e.g. <c>Standard rated</c>.</param>
internal sealed record VatCategoryRuleSet(VatCategory Category, string Prefix, string Name)
{
    /// <summary>Rule -01 asks for exactly one breakdown row (and none without items) rather than at least one.</summary>
    public required bool ExactlyOneBreakdown { get; init; }

    /// <summary>Text of rule -01.</summary>
    public required string PresenceRule { get; init; }

    /// <summary>What rules -02/-03/-04 demand, e.g. "shall contain the Seller VAT Identifier (BT-31)".</summary>
    public required string IdentifierDemand { get; init; }

    /// <summary>Whether the invoice satisfies <see cref="IdentifierDemand"/>.</summary>
    public required Func<InvoiceUnderCheck, bool> IdentifiersHold { get; init; }

    /// <summary>What rule -05 demands of the line rate, e.g. "shall be greater than zero".</summary>
    public required string LineRateDemand { get; init; }

    /// <summary>Whether a line rate satisfies rule -05.</summary>
    public required Func<decimal, bool> LineRateHolds { get; init; }

    /// <summary>What rules -06/-07 demand of allowance and charge rates.</summary>
    public required string AllowanceChargeRateDemand { get; init; }

    /// <summary>Whether an allowance or charge rate satisfies rules -06/-07.</summary>
    public required Func<decimal, bool> AllowanceChargeRateHolds { get; init; }

    /// <summary>How rule -08 compares.</summary>
    public required TaxableAmountCheck TaxableAmount { get; init; }

    /// <summary>Text of rule -08.</summary>
    public required string TaxableAmountRule { get; init; }

    /// <summary>Text of rule -09 when it must be zero; <see langword="null"/> when the tax follows the rate.</summary>
    public string? ZeroTaxRule { get; init; }

    /// <summary>Text of rule -09 when the tax follows the rate (BR-S-09, one unit of tolerance); <see langword="null"/>
    /// when rule -09 only repeats BR-CO-17 (BR-AF-09, BR-AG-09).</summary>
    public string? RateTaxRule { get; init; }

    /// <summary>Rule -10 requires an exemption reason (text or code) rather than forbidding one.</summary>
    public required bool ExemptionRequired { get; init; }

    /// <summary>Text of rule -10.</summary>
    public required string ExemptionRule { get; init; }

    /// <summary>The id of rule -<paramref name="number"/>.</summary>
    public string Id(int number) => Prefix + "-" + number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
