using Facturation.Plugins.France.Accounting;
using Facturation.Plugins.France.Mentions;
using Facturation.Plugins.France.Numbering;
using Facturation.Plugins.France.Taxes;
using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.France;

/// <summary>
/// The pack's per-company settings. A plugin has one settings set; each part (regime, mentions, numbering,
/// FEC export) declares its keys under its own prefix and checks them.
/// </summary>
public sealed class FranceSettings : IPluginSettings
{
    private static readonly ISettingsPart[] Parts =
        [new TaxSettings(), new MentionSettings(), new NumberingSettings(), new FecSettings()];

    /// <inheritdoc />
    public IReadOnlyList<SettingDefinition> Definitions { get; } = Parts.SelectMany(p => p.Definitions).ToList();

    /// <inheritdoc />
    public Outcome Validate(SettingValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = SettingRules.CheckDeclared(Definitions, values).Problems.ToList();
        foreach (var part in Parts)
            problems.AddRange(part.Validate(values));
        return Outcome.Of(problems);
    }
}
