using Facturation.Plugins.Scriban.Compilation;
using Facturation.Plugins.Scriban.Rendering;
using Facturation.Sdk.Templates;

namespace Facturation.Plugins.Scriban;

/// <summary>
/// The <c>scriban</c> template engine (Scriban), sandboxed for layouts that admins edit: templates see a plain copy of
/// the view model only, every value printed is HTML-escaped unless written with <c>raw</c>, <c>include</c> reaches the
/// template's own partials only, and every render is held to its loop, recursion, output, time and memory limits. See
/// the plugin's README.
/// </summary>
public sealed class ScribanTemplateEngine : ITemplateEngine
{
    /// <summary>The engine's id, stored beside every template version written for it.</summary>
    public const string EngineId = "scriban";

    private readonly TimeProvider _time;

    /// <summary>An engine measuring render time with the system clock.</summary>
    public ScribanTemplateEngine()
        : this(TimeProvider.System)
    {
    }

    internal ScribanTemplateEngine(TimeProvider time) => _time = time;

    /// <inheritdoc />
    public string Id => EngineId;

    /// <inheritdoc />
    public string DisplayName => "Scriban";

    /// <inheritdoc />
    /// <remarks>
    /// Never throws for a bad template: each unit (the template and every partial) is parsed with the statement depth
    /// limited to <see cref="RenderLimits.Default"/>'s depth, and every <c>include "name"</c> written literally must
    /// name one of the partials; each error comes with its line, column and template or partial name.
    /// </remarks>
    public TemplateCompilation Compile(TemplateSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        SandboxWarmUp.Ensure();
        var depthLimit = RenderLimits.Default.MaxDepth;
        var main = TemplateUnitParser.Parse(source.Name, source.Text ?? string.Empty, depthLimit);
        var partials = (source.Partials ?? new Dictionary<string, string>())
            .OrderBy(partial => partial.Key, StringComparer.Ordinal)
            .Select(partial => TemplateUnitParser.Parse(partial.Key, partial.Value ?? string.Empty, depthLimit))
            .ToList();
        var units = partials.Prepend(main).ToList();
        var errors = units.SelectMany(unit => unit.Errors).ToList();
        var names = partials.Select(partial => partial.Name).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(units.Where(unit => unit.Template is not null).SelectMany(unit => IncludeReferences.Unknown(unit, names)));
        if (errors.Count > 0)
            return new TemplateCompilation(null, errors);
        return new TemplateCompilation(
            new CompiledScribanTemplate(main.Template!, partials.ToDictionary(p => p.Name, p => p.Template!, StringComparer.Ordinal), _time), []);
    }
}
