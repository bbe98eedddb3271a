using Facturation.Sdk.Accounting;
using Facturation.Sdk.EInvoicing;
using Facturation.Sdk.Experimental.Payments;
using Facturation.Sdk.Numbering;
using Facturation.Sdk.Rules;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;
using Facturation.Sdk.Templates;

namespace Facturation.PluginHost;

/// <summary>The SDK contracts a plugin may provide to the host, each with the area name shown in listings.</summary>
public static class ExtensionAreas
{
    /// <summary>Contract type → area name, in display order.</summary>
    public static IReadOnlyDictionary<Type, string> Contracts { get; } = new Dictionary<Type, string>
    {
        [typeof(ITaxRegime)] = "tax-regime",
        [typeof(INumberingScheme)] = "numbering-scheme",
        [typeof(IDocumentRules)] = "document-rules",
        [typeof(ITemplateEngine)] = "template-engine",
        [typeof(IDefaultLayoutProvider)] = "default-layouts",
        // FACTSDK001: the payment-gateway contract is experimental (no plugin implements it yet). The host still names
        // the area, so that `plugins list` and `plugins check` show what a plugin using it registers.
#pragma warning disable FACTSDK001
        [typeof(IPaymentGateway)] = "payment-gateway",
#pragma warning restore FACTSDK001
        [typeof(IAccountingExport)] = "accounting-export",
        [typeof(IEInvoiceFormat)] = "einvoice-format",
        [typeof(IHybridInvoiceFormat)] = "hybrid-invoice-format",
        [typeof(IEInvoiceIssueCheck)] = "einvoice-issue-check",
        [typeof(IPluginSettings)] = "settings",
    };

    /// <summary>The area of a contract type, or <see langword="null"/> when the type is not an SDK contract.</summary>
    /// <param name="serviceType">A registered service type.</param>
    /// <returns>The area name.</returns>
    public static string? AreaOf(Type serviceType) => Contracts.GetValueOrDefault(serviceType);
}
