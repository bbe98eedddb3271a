using Facturation.Application.Common;
using Facturation.Application.Plugins;

namespace Facturation.Application.Companies;

/// <summary>
/// Every check a company's data must pass before it is stored, by hand or by import: the company rules, then the
/// plugins it names must be loaded and accept its settings.
/// </summary>
internal static class CompanyChecks
{
    public static Validator Check(CompanyInput input, ExtensionRegistry extensions)
    {
        var validator = CompanyRules.Check(input);
        validator.When(!extensions.TaxRegimeIds.Contains(input.TaxRegimeId), "TaxRegimeId", "plugin.tax-regime-missing",
            $"Tax regime '{input.TaxRegimeId}' is not loaded (available: {string.Join(", ", extensions.TaxRegimeIds)}).");
        validator.When(!extensions.NumberingSchemeIds.Contains(input.NumberingSchemeId), "NumberingSchemeId", "plugin.numbering-missing",
            $"Numbering scheme '{input.NumberingSchemeId}' is not loaded (available: {string.Join(", ", extensions.NumberingSchemeIds)}).");
        foreach (var rulesId in input.DocumentRulesIds.Where(id => !extensions.DocumentRulesIds.Contains(id)))
        {
            validator.When(true, "DocumentRulesIds", "plugin.document-rules-missing",
                $"Document rules '{rulesId}' are not loaded (available: {string.Join(", ", extensions.DocumentRulesIds)}).");
        }
        foreach (var (pluginId, values) in input.PluginSettings)
            validator.Add(extensions.Validate(pluginId, values));
        return validator;
    }
}
