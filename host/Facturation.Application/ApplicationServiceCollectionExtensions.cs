using Facturation.Application.Catalogue;
using Facturation.Application.Companies;
using Facturation.Application.Customers;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Application.Plugins;
using Facturation.Persistence;
using Facturation.PluginHost;
using Microsoft.Extensions.DependencyInjection.Extensions;

#pragma warning disable IDE0130 // Composition helpers live in the DI namespace, the .NET convention.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Composition of the application services every door calls.</summary>
public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Registers the application services (singletons: each use case opens its own database context).</summary>
    /// <param name="services">Services (persistence and plugins registered too).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddFacturationApplication(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseMigrator>();
        // The plugins are loaded when a service first asks the registry something, not when a service that could is built.
        services.AddSingleton(provider => new ExtensionRegistry(new Lazy<PluginRuntime>(provider.GetRequiredService<PluginRuntime>)));
        services.AddSingleton<CompanyService>();
        services.AddSingleton<Facturation.Application.Branding.BrandingService>();
        services.AddSingleton<CustomerService>();
        services.AddSingleton<ItemService>();
        services.AddSingleton<DocumentService>();
        services.AddSingleton<IssueService>();
        services.AddSingleton<CreditNoteService>();
        services.AddSingleton<QuoteService>();
        services.AddSingleton<Facturation.Application.Journal.JournalVerifier>();
        services.AddSingleton<DepositService>();
        services.AddSingleton<Facturation.Application.Interchange.ImportService>();
        services.AddSingleton<Facturation.Application.Interchange.ExportService>();
        services.AddSingleton<Facturation.Application.Accounting.AccountingExportService>();
        services.AddSingleton<Facturation.Application.EInvoicing.EInvoiceService>();
        services.AddSingleton<Facturation.Rendering.Html.HtmlRenderer>();
        services.TryAddSingleton(new Facturation.Rendering.Pdf.ChromiumOptions());
        services.AddSingleton<Facturation.Rendering.Pdf.IPdfRenderer>(provider => new Facturation.Rendering.Pdf.ChromiumPdfRenderer(
            provider.GetRequiredService<Facturation.Rendering.Pdf.ChromiumOptions>()));
        services.AddSingleton<Facturation.Application.Rendering.DocumentPrinter>();
        services.AddSingleton<Facturation.Application.Rendering.DocumentRenderService>();
        services.AddSingleton<Facturation.Application.Templates.TemplateResolver>();
        services.AddSingleton<Facturation.Application.Templates.TemplateService>();
        return services;
    }
}
