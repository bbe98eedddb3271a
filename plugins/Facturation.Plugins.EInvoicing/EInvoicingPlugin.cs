using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Plugins.EInvoicing;

/// <summary>Entry class: registers the CII and UBL e-invoice formats, Factur-X, and the EN 16931 check the host runs
/// before it numbers a document.</summary>
public sealed class EInvoicingPlugin : IPluginEntry
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        // A plugin folder without its schemas could not check what it writes: refuse to load, so `plugins list`
        // shows the plugin failed with the file named, instead of loaded and refusing every export.
        var missing = Schemas.SchemaLibrary.Default.MissingMainFiles();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"XML Schema(s) missing under '{Schemas.SchemaLibrary.Default.Folder}': {string.Join(", ", missing)}. Rebuild or reinstall the plugin (its build copies them from the repository's standards/xsd).");
        }
        services.AddEInvoiceFormat<Cii.CiiFormat>();
        services.AddEInvoiceFormat<Ubl.UblFormat>();
        services.AddHybridInvoiceFormat<FacturX.FacturXFormat>();
        services.AddEInvoiceIssueCheck<Rules.En16931IssueCheck>();
    }
}
