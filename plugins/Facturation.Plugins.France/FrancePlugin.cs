using Facturation.Plugins.France.Accounting;
using Facturation.Plugins.France.Mentions;
using Facturation.Plugins.France.Numbering;
using Facturation.Plugins.France.Taxes;
using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Plugins.France;

/// <summary>Entry class: registers the French regime, mentions, numbering, FEC export and the pack's settings.</summary>
public sealed class FrancePlugin : IPluginEntry
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services) =>
        services.AddTaxRegime<FranceTaxRegime>()
            .AddDocumentRules<FranceMentionRules>()
            .AddNumberingScheme<FranceNumberingScheme>()
            .AddAccountingExport<FecExport>()
            .AddPluginSettings<FranceSettings>();
}
