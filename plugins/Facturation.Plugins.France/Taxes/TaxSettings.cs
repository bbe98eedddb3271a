using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.France.Taxes;

/// <summary>Settings of the <c>fr-vat</c> regime.</summary>
internal sealed class TaxSettings : ISettingsPart
{
    /// <summary>The seller uses the franchise en base (art. 293 B du CGI): no VAT charged.</summary>
    public const string FranchiseEnBase = "vat.franchise-en-base";

    /// <summary>The seller opted to pay VAT on services on debits (on invoicing) rather than on receipt.</summary>
    public const string VatOnDebits = "vat.option-debits";

    /// <summary>Exemption reason printed on lines of the <c>exempt</c> class (EN 16931 BT-120).</summary>
    public const string ExemptionReason = "vat.exemption.reason";

    /// <summary>VATEX code of lines of the <c>exempt</c> class (BT-121); empty for none.</summary>
    public const string ExemptionCode = "vat.exemption.code";

    /// <summary>Default of <see cref="ExemptionReason"/>: the general exemptions of the CGI.</summary>
    public const string DefaultExemptionReason = "Exonération de TVA, art. 261 du CGI";

    /// <summary>Default of <see cref="ExemptionCode"/>: art. 132 of Directive 2006/112/EC, which art. 261 transposes.</summary>
    public const string DefaultExemptionCode = "VATEX-EU-132";

    /// <inheritdoc />
    public IEnumerable<SettingDefinition> Definitions { get; } =
    [
        new(FranchiseEnBase, SettingKind.Boolean, "Franchise en base de TVA (art. 293 B du CGI): no VAT is charged; every line is exempt (category E).") { DefaultValue = "false" },
        new(VatOnDebits, SettingKind.Boolean, "Option pour le paiement de la taxe d'après les débits: VAT on services is due on invoicing instead of on payment.") { DefaultValue = "false" },
        new(ExemptionReason, SettingKind.Text, "Exemption reason printed on lines of the 'exempt' tax class (e.g. the CGI article).") { DefaultValue = DefaultExemptionReason, Required = true },
        new(ExemptionCode, SettingKind.Text, "VATEX code of lines of the 'exempt' tax class (e.g. VATEX-EU-132, VATEX-FR-...); empty for none.") { DefaultValue = DefaultExemptionCode },
    ];

    /// <inheritdoc />
    public IEnumerable<Problem> Validate(SettingValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.GetText(ExemptionReason) is { } reason && string.IsNullOrWhiteSpace(reason))
            yield return new Problem("fr-vat.exemption-reason-blank", $"'{ExemptionReason}' must say why exempt lines carry no VAT (EN 16931 BR-E-10).", ExemptionReason)
            {
                RuleId = "BR-E-10",
            };
        if (values.GetText(ExemptionCode) is { Length: > 0 } code && !code.StartsWith("VATEX-", StringComparison.Ordinal))
            yield return new Problem("fr-vat.exemption-code-not-vatex", $"'{ExemptionCode}' must be a VATEX code such as VATEX-EU-132; got '{code}'.", ExemptionCode);
    }
}
