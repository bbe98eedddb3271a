using System.Text;
using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Application.Plugins;
using Facturation.Domain.Parties;
using Facturation.Persistence;
using Facturation.Rendering.Documents;
using Facturation.Rendering.Html;
using Facturation.Sdk.Common;
using Facturation.Sdk.Templates;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Templates;

/// <summary>
/// A template text on its way to being saved or previewed: its key (layout, language), limits and partial names
/// checked, partials not given taken from the current version (each version is complete on its own), and compiled
/// by its engine so errors come back with their line and column before anything is stored.
/// </summary>
internal sealed class TemplateDraft(
    IDbContextFactory<FacturationDbContext> contexts, ExtensionRegistry extensions, HtmlRenderer html, TemplateVersionStore store, TemplateResolver resolver)
{
    private const int MaxPartialName = 100;

    public async Task<Outcome<(Company Company, TemplateSource Source)>> PrepareAsync(
        string companyCode, string layout, string language, string engineId, string? text, IReadOnlyDictionary<string, string>? partials,
        Validator validator, CancellationToken cancellationToken)
    {
        partials ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var engine = string.IsNullOrWhiteSpace(engineId) ? null : extensions.TemplateEngine(engineId);
        validator.When(engine is null, "EngineId", "template.engine-missing", $"Template engine '{engineId}' is not loaded.")
            .When(TemplateService.RetiredEngineIds.Contains(engineId), "EngineId", "template.engine-retired",
                $"Template engine '{engineId}' only renders the versions saved with it: new versions are written for '{TemplateService.DefaultEngineId}'.")
            .When(string.IsNullOrWhiteSpace(text), "Template", "required", "Template is required.")
            .When(text is not null && Encoding.UTF8.GetByteCount(text) > TemplateService.MaxTextBytes, "Template", "template.too-large",
                $"The template is larger than {TemplateService.MaxTextBytes / 1024} KB.")
            .When(partials.Count > TemplateService.MaxPartials, "Partials", "template.too-many-partials", $"More than {TemplateService.MaxPartials} partials.");
        foreach (var (name, partial) in partials)
        {
            validator.When(string.IsNullOrWhiteSpace(name) || name.Length > MaxPartialName || name.Any(char.IsWhiteSpace) || name.StartsWith('@'),
                    "Partials", "template.partial-name", $"'{name}' is not a partial name (1 to {MaxPartialName} characters, no spaces, not starting with '@').")
                .When(Encoding.UTF8.GetByteCount(partial ?? "") > TemplateService.MaxTextBytes, $"Partials.{name}", "template.too-large",
                    $"Partial '{name}' is larger than {TemplateService.MaxTextBytes / 1024} KB.");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var company = await TemplateVersionStore.FindCompanyAsync(db, companyCode, cancellationToken);
        if (company is null)
            validator.Add(CompanyService.NotFound(companyCode).Problems);
        if (!validator.IsValid)
            return Outcome<(Company, TemplateSource)>.Failure(validator.Problems);

        // Partials not given keep their current text, so each version is complete on its own; a version written for
        // another engine than the current one starts from that engine's default partials.
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        var current = await store.GetAsync(db, company!, layout, language, null, cancellationToken);
        var basis = current.Succeeded && current.Value!.EngineId == engineId
            ? current.Value.Partials
            : resolver.Default(layout, language, engineId) is { Succeeded: true } fallback && fallback.Value!.Engine.Id == engineId
                ? fallback.Value.Source.Partials
                : new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, partial) in basis)
            merged[name] = partial;
        foreach (var (name, partial) in partials)
            merged[name] = partial ?? "";
        if (merged.Count > TemplateService.MaxPartials)
            return Outcome<(Company, TemplateSource)>.Failure("template.too-many-partials", $"More than {TemplateService.MaxPartials} partials.", "Partials");
        var source = new TemplateSource($"{layout}.{language}", text!) { Partials = merged };
        var problems = Compile(engine!, source);
        return problems.Count > 0
            ? Outcome<(Company, TemplateSource)>.Failure(problems)
            : Outcome<(Company, TemplateSource)>.Success((company!, source));
    }

    public List<Problem> Compile(ITemplateEngine engine, TemplateSource source)
    {
        var compilation = html.Compile(engine, source);
        if (compilation.Succeeded)
            return [];
        return compilation.Errors.Count == 0
            ? [new Problem("template.compile", "The template does not compile.", "Template")]
            : compilation.Errors.Select(e => TemplateProblem.From("template.compile", e, source)).ToList();
    }

    public static Validator CheckKey(Validator validator, string? layout, string? language) =>
        validator
            .When(layout is null || !TemplateService.Layouts.Contains(layout), "Layout", "template.layout",
                $"'{layout}' is not a layout (one of {string.Join(", ", TemplateService.Layouts)}).")
            .When(language is null || !LayoutLanguage.Supported.Contains(language), "Language", "template.language",
                $"There are no layouts in '{language}' (one of {string.Join(", ", LayoutLanguage.Supported)}).");
}
