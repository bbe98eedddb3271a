using Facturation.Plugins.Handlebars.Analysis;
using Facturation.Plugins.Handlebars.Sandbox;
using Facturation.Plugins.Handlebars.Syntax;
using Facturation.Sdk.Templates;

namespace Facturation.Plugins.Handlebars;

/// <summary>
/// The <c>handlebars</c> template engine (Handlebars.Net), sandboxed for layouts that admins edit: templates see a
/// plain view model only, raw HTML goes through the <c>raw</c> helper only, partials are named literally and never
/// recursive, and every render is held to its time, output size and depth limits. See the plugin's README.
/// </summary>
public sealed class HandlebarsTemplateEngine : ITemplateEngine
{
    private readonly TimeProvider _time;

    /// <summary>An engine measuring render time with the system clock.</summary>
    public HandlebarsTemplateEngine()
        : this(TimeProvider.System)
    {
    }

    internal HandlebarsTemplateEngine(TimeProvider time) => _time = time;

    /// <inheritdoc />
    public string Id => "handlebars";

    /// <inheritdoc />
    public string DisplayName => "Handlebars";

    /// <inheritdoc />
    /// <remarks>
    /// Never throws for a bad template: static checks first (syntax, refused constructs, helpers, partials, recursion,
    /// depth against <see cref="RenderLimits.Default"/>), then Handlebars.Net's own compilation, each error with its
    /// line, column and template or partial name. Each call gets its own Handlebars.Net environment.
    /// </remarks>
    public TemplateCompilation Compile(TemplateSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var depthLimit = RenderLimits.Default.MaxDepth;
        var main = UnitAnalyzer.Analyze(new TemplateUnit(source.Name, source.Text ?? string.Empty, IsPartial: false), depthLimit);
        var partials = (source.Partials ?? new Dictionary<string, string>())
            .OrderBy(partial => partial.Key, StringComparer.Ordinal)
            .ToDictionary(
                partial => partial.Key,
                partial => UnitAnalyzer.Analyze(new TemplateUnit(partial.Key, partial.Value ?? string.Empty, IsPartial: true), depthLimit),
                StringComparer.Ordinal);

        var errors = partials.Values.Prepend(main).SelectMany(unit => unit.Issues.Select(issue => ToError(unit, issue))).ToList();
        var graph = PartialGraph.Check(main, partials, depthLimit);
        errors.AddRange(graph.Errors);
        return errors.Count > 0
            ? new TemplateCompilation(null, errors)
            : SandboxCompiler.Compile(main, partials, graph, _time);
    }

    private static TemplateError ToError(UnitAnalysis unit, SyntaxIssue issue)
    {
        var (line, column) = unit.Lines.Locate(issue.Offset);
        return new TemplateError(issue.Message, line, column, unit.Unit.Name);
    }
}
