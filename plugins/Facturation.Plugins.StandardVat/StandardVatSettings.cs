using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.StandardVat;

/// <summary>
/// Per-company settings: one rate per tax class (empty = the country has no such rate), the exemption
/// wording, the wording of supplies outside the scope of VAT, and whether VAT on services is due on payment. Defaults are the French mainland rates.
/// </summary>
public sealed class StandardVatSettings : IPluginSettings
{
    /// <summary>Key prefix of the rate of a tax class: <c>rate.standard</c>, <c>rate.reduced</c>, ...</summary>
    public const string RatePrefix = "rate.";

    /// <summary>Text printed for exempt lines (EN 16931 BT-120).</summary>
    public const string ExemptionReason = "exemption.reason";

    /// <summary>VATEX code for exempt lines (BT-121), optional.</summary>
    public const string ExemptionCode = "exemption.code";

    /// <summary>Text printed for lines not subject to VAT (EN 16931 BT-120 on category O).</summary>
    public const string OutsideScopeReason = "outside-scope.reason";

    /// <summary>When true, VAT on services is due on payment (encaissements).</summary>
    public const string ServicesTaxedOnPayment = "services.taxed-on-payment";

    /// <inheritdoc />
    public IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        Rate(TaxClass.Standard, "20"),
        Rate(TaxClass.Intermediate, "10"),
        Rate(TaxClass.Reduced, "5.5"),
        Rate(TaxClass.SuperReduced, "2.1"),
        new(ExemptionReason, SettingKind.Text, "Exemption reason printed on exempt lines.") { DefaultValue = "Exempt from VAT", Required = true },
        new(ExemptionCode, SettingKind.Text, "VATEX code of the exemption (e.g. VATEX-EU-132), optional."),
        new(OutsideScopeReason, SettingKind.Text, "Reason printed on lines not subject to VAT (tax class 'outside-scope').") { DefaultValue = "Not subject to VAT", Required = true },
        new(ServicesTaxedOnPayment, SettingKind.Boolean, "VAT on services becomes due on payment rather than on invoicing.") { DefaultValue = "false" },
    ];

    /// <inheritdoc />
    public Outcome Validate(SettingValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = SettingRules.CheckDeclared(Definitions, values).Problems.ToList();
        foreach (var definition in Definitions.Where(d => d.Key.StartsWith(RatePrefix, StringComparison.Ordinal)))
        {
            if (values.GetDecimal(definition.Key) is { } rate && (rate <= 0m || rate >= 100m || !AmountRounding.HasAtMostDecimals(rate, 2)))
                problems.Add(new Problem("vat.rate-range", $"'{definition.Key}' must be above 0 and below 100 with at most 2 decimals; got {rate}.", definition.Key));
        }
        if (values.GetText(ExemptionCode) is { Length: > 0 } code && !code.StartsWith("VATEX-", StringComparison.Ordinal))
            problems.Add(new Problem("vat.vatex-code", $"'{ExemptionCode}' must be a VATEX code such as VATEX-EU-132; got '{code}'.", ExemptionCode));
        return Outcome.Of(problems);
    }

    private static SettingDefinition Rate(TaxClass taxClass, string defaultRate) =>
        new(RatePrefix + taxClass.Value, SettingKind.Number, $"Rate in percent of the '{taxClass.Value}' class; leave empty when the country has none.")
        {
            DefaultValue = defaultRate,
        };
}
