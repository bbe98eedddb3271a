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

    /// <inheritdoc />
    public IEnumerable<SettingDefinition> Definitions { get; } =
    [
        new(FranchiseEnBase, SettingKind.Boolean, "Franchise en base de TVA (art. 293 B du CGI): no VAT is charged; every line is exempt (category E).") { DefaultValue = "false" },
        new(VatOnDebits, SettingKind.Boolean, "Option pour le paiement de la taxe d'après les débits: VAT on services is due on invoicing instead of on payment.") { DefaultValue = "false" },
    ];

    /// <inheritdoc />
    public IEnumerable<Problem> Validate(SettingValues values) => [];
}
