using System.Diagnostics.CodeAnalysis;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.EInvoicing;
using Facturation.Sdk.Experimental;
using Facturation.Sdk.Experimental.Payments;
using Facturation.Sdk.Numbering;
using Facturation.Sdk.Rules;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;
using Facturation.Sdk.Templates;
using Microsoft.Extensions.DependencyInjection.Extensions;

#pragma warning disable IDE0130 // Registration helpers live in the DI namespace, the .NET convention.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>
/// Registration of SDK contract implementations from a plugin's entry class. Each call is idempotent
/// (registering the same implementation twice keeps one) and returns the collection for chaining.
/// </summary>
public static class FacturationServiceCollectionExtensions
{
    /// <summary>Registers a tax regime (singleton).</summary>
    /// <typeparam name="TRegime">The implementation.</typeparam>
    /// <param name="services">The plugin's services.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddTaxRegime<TRegime>(this IServiceCollection services)
        where TRegime : class, ITaxRegime => services.AddContract<ITaxRegime, TRegime>();

    /// <summary>Registers a numbering scheme (singleton).</summary>
    /// <typeparam name="TScheme">The implementation.</typeparam>
    /// <param name="services">The plugin's services.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNumberingScheme<TScheme>(this IServiceCollection services)
        where TScheme : class, INumberingScheme => services.AddContract<INumberingScheme, TScheme>();

    /// <summary>Registers a set of document rules checked at issue time (singleton). Added in SDK 1.1.</summary>
    /// <typeparam name="TRules">The implementation.</typeparam>
    /// <param name="services">The plugin's services.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddDocumentRules<TRules>(this IServiceCollection services)
        where TRules : class, IDocumentRules => services.AddContract<IDocumentRules, TRules>();

    /// <summary>Registers a template engine (singleton).</summary>
    /// <typeparam name="TEngine">The implementation.</typeparam>
    /// <param name="services">The plugin's services.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddTemplateEngine<TEngine>(this IServiceCollection services)
        where TEngine : class, ITemplateEngine => services.AddContract<ITemplateEngine, TEngine>();

    /// <summary>Registers a provider of default layouts (singleton).</summary>
    /// <typeparam name="TProvider">The implementation.</typeparam>
    /// <param name="services">The plugin's services.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddDefaultLayouts<TProvider>(this IServiceCollection services)
        where TProvider : class, IDefaultLayoutProvider => services.AddContract<IDefaultLayoutProvider, TProvider>();

    /// <summary>Registers a payment gateway (singleton). Experimental (<c>FACTSDK001</c>): not frozen until a plugin implements it.</summary>
    /// <typeparam name="TGateway">The implementation.</typeparam>
    /// <param name="services">The plugin's services.</param>
    /// <returns><paramref name="services"/>.</returns>
    [Experimental(SdkDiagnosticIds.ExperimentalPayments)]
    public static IServiceCollection AddPaymentGateway<TGateway>(this IServiceCollection services)
        where TGateway : class, IPaymentGateway => services.AddContract<IPaymentGateway, TGateway>();

    /// <summary>Registers an accounting export format (singleton).</summary>
    /// <typeparam name="TExport">The implementation.</typeparam>
    /// <param name="services">The plugin's services.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddAccountingExport<TExport>(this IServiceCollection services)
        where TExport : class, IAccountingExport => services.AddContract<IAccountingExport, TExport>();

    /// <summary>Registers a hybrid e-invoice format (Factur-X: a PDF/A-3 carrying the XML).</summary>
    /// <typeparam name="TFormat">The implementation.</typeparam>
    /// <param name="services">The plugin's service collection.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddHybridInvoiceFormat<TFormat>(this IServiceCollection services)
        where TFormat : class, IHybridInvoiceFormat => services.AddContract<IHybridInvoiceFormat, TFormat>();

    /// <summary>Registers an e-invoice format (CII, UBL, ...).</summary>
    /// <typeparam name="TFormat">The implementation.</typeparam>
    /// <param name="services">The plugin's service collection.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddEInvoiceFormat<TFormat>(this IServiceCollection services)
        where TFormat : class, IEInvoiceFormat => services.AddContract<IEInvoiceFormat, TFormat>();

    /// <summary>Registers the rules an e-invoice export checks, run by the host before it numbers a document (SDK 1.3).</summary>
    /// <typeparam name="TCheck">The implementation.</typeparam>
    /// <param name="services">The plugin's service collection.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddEInvoiceIssueCheck<TCheck>(this IServiceCollection services)
        where TCheck : class, IEInvoiceIssueCheck => services.AddContract<IEInvoiceIssueCheck, TCheck>();

    /// <summary>Declares the plugin's per-company settings (singleton; one per plugin).</summary>
    /// <typeparam name="TSettings">The implementation.</typeparam>
    /// <param name="services">The plugin's services.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddPluginSettings<TSettings>(this IServiceCollection services)
        where TSettings : class, IPluginSettings => services.AddContract<IPluginSettings, TSettings>();

    private static IServiceCollection AddContract<TContract, TImplementation>(this IServiceCollection services)
        where TContract : class
        where TImplementation : class, TContract
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<TContract, TImplementation>());
        return services;
    }
}
