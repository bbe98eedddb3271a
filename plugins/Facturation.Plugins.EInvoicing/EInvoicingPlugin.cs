using Facturation.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Plugins.EInvoicing;

/// <summary>Entry class: registers the CII and UBL e-invoice formats.</summary>
public sealed class EInvoicingPlugin : IPluginEntry
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        // Formats are registered here as they land (Cii/CiiFormat, Ubl/UblFormat).
        services.AddEInvoiceFormat<Cii.CiiFormat>();
        services.AddEInvoiceFormat<Ubl.UblFormat>();
        services.AddHybridInvoiceFormat<FacturX.FacturXFormat>();
    }
}
