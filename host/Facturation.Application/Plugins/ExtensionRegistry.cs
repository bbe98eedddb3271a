using Facturation.Application.Common;
using Facturation.Domain.Parties;
using Facturation.PluginHost;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;
using Facturation.Sdk.Numbering;
using Facturation.Sdk.Rules;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;
using Facturation.Sdk.Templates;

namespace Facturation.Application.Plugins;

/// <summary>
/// Finds the loaded plugin components a company names (tax regime, numbering scheme) and prepares the company's
/// settings for them: declared defaults applied, then checked by the plugin itself.
/// </summary>
/// <param name="plugins">The plugins, loaded at the first question asked (a command that needs none does not load them).</param>
public sealed class ExtensionRegistry(Lazy<PluginRuntime> plugins)
{

    /// <summary>Ids of the loaded tax regimes.</summary>
    public IEnumerable<string> TaxRegimeIds => Components<ITaxRegime>().Select(c => ((ITaxRegime)c.Instance).Id);

    /// <summary>Ids of the loaded numbering schemes.</summary>
    public IEnumerable<string> NumberingSchemeIds => Components<INumberingScheme>().Select(c => ((INumberingScheme)c.Instance).Id);

    /// <summary>Ids of the loaded document rule sets.</summary>
    public IEnumerable<string> DocumentRulesIds => Components<IDocumentRules>().Select(c => ((IDocumentRules)c.Instance).Id);

    /// <summary>Resolves a company's regime, scheme and document rules with their settings.</summary>
    /// <param name="company">The company.</param>
    /// <returns>The extensions, or problems naming the missing plugin or invalid setting.</returns>
    public Outcome<CompanyExtensions> For(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        var problems = new List<Problem>();
        var regime = Find<ITaxRegime>(r => r.Id == company.TaxRegimeId);
        var scheme = Find<INumberingScheme>(s => s.Id == company.NumberingSchemeId);
        if (regime is null)
            problems.Add(new Problem("plugin.tax-regime-missing", $"Tax regime '{company.TaxRegimeId}' is not loaded (available: {string.Join(", ", TaxRegimeIds)}).", "TaxRegimeId"));
        if (scheme is null)
            problems.Add(new Problem("plugin.numbering-missing", $"Numbering scheme '{company.NumberingSchemeId}' is not loaded (available: {string.Join(", ", NumberingSchemeIds)}).", "NumberingSchemeId"));
        var rules = new List<(string PluginId, IDocumentRules Instance)>();
        foreach (var rulesId in company.DocumentRulesIds)
        {
            if (Find<IDocumentRules>(r => r.Id == rulesId) is { } found)
                rules.Add(found);
            else
                problems.Add(new Problem("plugin.document-rules-missing", $"Document rules '{rulesId}' are not loaded (available: {string.Join(", ", DocumentRulesIds)}).", "DocumentRulesIds"));
        }
        if (regime is null || scheme is null || problems.Count > 0)
            return Outcome<CompanyExtensions>.Failure(problems);

        var taxSettings = SettingsFor(company, regime.Value.PluginId, problems);
        var numberingSettings = SettingsFor(company, scheme.Value.PluginId, problems);
        var enabledRules = rules.Select(r => new EnabledDocumentRules(r.Instance, SettingsFor(company, r.PluginId, problems))).ToList();
        if (problems.Count > 0)
            return Outcome<CompanyExtensions>.Failure(problems.Distinct().ToList());
        var stamps = new List<PluginStamp>
        {
            Stamp(regime.Value.PluginId, "tax-regime:" + regime.Value.Instance.Id),
            Stamp(scheme.Value.PluginId, "numbering:" + scheme.Value.Instance.Id),
        };
        stamps.AddRange(rules.Select(r => Stamp(r.PluginId, "document-rules:" + r.Instance.Id)));
        var checks = Components<IEInvoiceIssueCheck>().Select(c => (c.PluginId, Instance: (IEInvoiceIssueCheck)c.Instance)).ToList();
        stamps.AddRange(checks.Select(c => Stamp(c.PluginId, "einvoice-issue-check:" + c.Instance.Id)));
        return Outcome<CompanyExtensions>.Success(new CompanyExtensions(
            regime.Value.Instance, taxSettings, scheme.Value.Instance, numberingSettings, stamps)
        {
            DocumentRules = enabledRules,
            EInvoiceChecks = checks.Select(c => c.Instance).ToList(),
        });
    }

    /// <summary>Ids of the loaded accounting exports.</summary>
    public IEnumerable<string> AccountingExportIds => Components<IAccountingExport>().Select(c => ((IAccountingExport)c.Instance).Id);

    /// <summary>An accounting export with the company's settings for its plugin.</summary>
    /// <param name="company">The company exporting.</param>
    /// <param name="exportId">The format id, e.g. <c>fec</c>.</param>
    /// <returns>The export and settings, or problems naming the missing plugin or invalid setting.</returns>
    public Outcome<(IAccountingExport Export, SettingValues Settings)> AccountingExport(Company company, string exportId)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (Find<IAccountingExport>(e => e.Id == exportId) is not { } found)
        {
            return Outcome<(IAccountingExport, SettingValues)>.Failure("plugin.accounting-export-missing",
                $"Accounting export '{exportId}' is not loaded (available: {string.Join(", ", AccountingExportIds)}).", "Format");
        }
        var problems = new List<Problem>();
        var settings = SettingsFor(company, found.PluginId, problems);
        return problems.Count > 0
            ? Outcome<(IAccountingExport, SettingValues)>.Failure(problems)
            : Outcome<(IAccountingExport, SettingValues)>.Success((found.Instance, settings));
    }

    /// <summary>
    /// The rules the loaded e-invoice formats check, which issuing runs on every invoice, deposit invoice and credit
    /// note. A company "has an e-invoice format" when one is loaded (the e-invoicing plugin, unless disabled with
    /// <c>Plugins:Disabled</c>): formats are not chosen per company (<c>einvoice &lt;number&gt;</c> writes any company's
    /// issued invoice), so no company may issue an invoice those formats would refuse. Every French company is in that
    /// case with the bundled plugins.
    /// </summary>
    public IReadOnlyList<IEInvoiceIssueCheck> EInvoiceIssueChecks => Components<IEInvoiceIssueCheck>().Select(c => (IEInvoiceIssueCheck)c.Instance).ToList();

    /// <summary>The loaded e-invoice formats, in plugin load order (the order <c>CanRead</c> is asked in).</summary>
    public IReadOnlyList<IEInvoiceFormat> EInvoiceFormats => Components<IEInvoiceFormat>().Select(c => (IEInvoiceFormat)c.Instance).ToList();

    /// <summary>Ids of the loaded e-invoice formats.</summary>
    public IEnumerable<string> EInvoiceFormatIds => EInvoiceFormats.Select(f => f.Id);

    /// <summary>The loaded e-invoice format with id <paramref name="formatId"/>.</summary>
    /// <param name="formatId">Format id, e.g. <c>cii</c> or <c>ubl</c>.</param>
    /// <returns>The format, or a problem naming the loaded ones.</returns>
    public Outcome<IEInvoiceFormat> EInvoiceFormat(string formatId)
    {
        if (Find<IEInvoiceFormat>(f => f.Id == formatId) is { } found)
            return Outcome<IEInvoiceFormat>.Success(found.Instance);
        return Outcome<IEInvoiceFormat>.Failure(EInvoiceFormatMissing(formatId));
    }

    /// <summary>The loaded hybrid e-invoice formats (a PDF carrying the XML, e.g. Factur-X), in plugin load order.</summary>
    public IReadOnlyList<IHybridInvoiceFormat> HybridInvoiceFormats =>
        Components<IHybridInvoiceFormat>().Select(c => (IHybridInvoiceFormat)c.Instance).ToList();

    /// <summary>Ids of the loaded hybrid e-invoice formats.</summary>
    public IEnumerable<string> HybridInvoiceFormatIds => HybridInvoiceFormats.Select(f => f.Id);

    /// <summary>Ids of every format an issued document can be written in: the XML formats, then the hybrid ones.</summary>
    public IEnumerable<string> AllEInvoiceFormatIds => EInvoiceFormatIds.Concat(HybridInvoiceFormatIds).Distinct(StringComparer.Ordinal);

    /// <summary>The loaded hybrid e-invoice format with id <paramref name="formatId"/>.</summary>
    /// <param name="formatId">Format id, e.g. <c>facturx</c>.</param>
    /// <returns>The format, or a problem naming the loaded XML and hybrid formats.</returns>
    public Outcome<IHybridInvoiceFormat> HybridInvoiceFormat(string formatId)
    {
        if (Find<IHybridInvoiceFormat>(f => f.Id == formatId) is { } found)
            return Outcome<IHybridInvoiceFormat>.Success(found.Instance);
        return Outcome<IHybridInvoiceFormat>.Failure(EInvoiceFormatMissing(formatId));
    }

    private IReadOnlyList<Problem> EInvoiceFormatMissing(string formatId)
    {
        var loaded = AllEInvoiceFormatIds.ToList();
        return [new Problem("plugin.einvoice-format-missing",
            $"E-invoice format '{formatId}' is not loaded (available: {(loaded.Count == 0 ? "none" : string.Join(", ", loaded))}).", "Format")];
    }

    /// <summary>The loaded template engine with id <paramref name="engineId"/>, or <see langword="null"/>.</summary>
    /// <param name="engineId">Engine id, e.g. <c>handlebars</c>.</param>
    /// <returns>The engine.</returns>
    public ITemplateEngine? TemplateEngine(string engineId) => Find<ITemplateEngine>(e => e.Id == engineId)?.Instance;

    /// <summary>
    /// The default layout the loaded plugins provide: the one written for <paramref name="engineId"/> when a plugin has
    /// it, else the first provider's.
    /// </summary>
    /// <param name="layout">Layout name.</param>
    /// <param name="language">Language.</param>
    /// <param name="engineId">The engine whose layout is preferred (the product's layout engine), or <see langword="null"/>.</param>
    /// <returns>The layout's key and template, or <see langword="null"/> when no plugin provides it.</returns>
    public (LayoutKey Key, TemplateSource Source)? DefaultLayout(string layout, string language, string? engineId = null)
    {
        (LayoutKey Key, TemplateSource Source)? first = null;
        foreach (var provider in Components<IDefaultLayoutProvider>().Select(c => (IDefaultLayoutProvider)c.Instance))
        {
            foreach (var key in provider.Layouts.Where(k => k.Layout == layout && k.Language == language))
            {
                if (provider.GetLayout(key) is not { } source || TemplateEngine(key.EngineId) is null)
                    continue;
                if (engineId is null || key.EngineId == engineId)
                    return (key, source);
                first ??= (key, source);
            }
        }
        return first;
    }

    /// <summary>Checks settings a person wants to store for a plugin.</summary>
    /// <param name="pluginId">Plugin id.</param>
    /// <param name="values">Values.</param>
    /// <returns>Problems, each naming <c>PluginSettings.{plugin}.{key}</c>.</returns>
    public IReadOnlyList<Problem> Validate(string pluginId, IReadOnlyDictionary<string, string> values)
    {
        var settings = Settings(pluginId);
        if (settings is null)
            return values.Count == 0 ? [] : [new Problem("plugin.no-settings", $"Plugin '{pluginId}' is not loaded or declares no settings.", $"PluginSettings.{pluginId}")];
        var withDefaults = new SettingValues(values).WithDefaults(settings.Definitions);
        return settings.Validate(withDefaults).Problems.Select(p => p with { Field = $"PluginSettings.{pluginId}.{p.Field}" }).ToList();
    }

    private SettingValues SettingsFor(Company company, string pluginId, List<Problem> problems)
    {
        var given = company.PluginSettings.GetValueOrDefault(pluginId) ?? [];
        var declared = Settings(pluginId);
        if (declared is null)
            return new SettingValues(given);
        var values = new SettingValues(given).WithDefaults(declared.Definitions);
        problems.AddRange(declared.Validate(values).Problems.Select(p => p with { Field = $"PluginSettings.{pluginId}.{p.Field}" }));
        return values;
    }

    private IPluginSettings? Settings(string pluginId) =>
        plugins.Value.Components.FirstOrDefault(c => c.PluginId == pluginId && c.Contract == typeof(IPluginSettings))?.Instance as IPluginSettings;

    private PluginStamp Stamp(string pluginId, string role) =>
        new(pluginId, plugins.Value.Catalog.Find(pluginId)?.Manifest?.Version.ToString() ?? "?", role);

    private (string PluginId, T Instance)? Find<T>(Func<T, bool> match) where T : class =>
        Components<T>().Select(c => (c.PluginId, Instance: (T)c.Instance)).Where(c => match(c.Instance)).Cast<(string, T)?>().FirstOrDefault();

    private IEnumerable<PluginComponent> Components<T>() => plugins.Value.Components.Where(c => c.Contract == typeof(T));
}
