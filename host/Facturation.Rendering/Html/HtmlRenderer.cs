using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Facturation.Rendering.Documents;
using Facturation.Sdk.Templates;

namespace Facturation.Rendering.Html;

/// <summary>
/// Renders a document view through a template engine plugin. Compiled templates are kept by the hash of their text
/// and partials (a template version never changes, so the cache never needs invalidating); the view is handed to the
/// engine as plain data (<see cref="TemplateModel"/>) with the render limits.
/// </summary>
public sealed class HtmlRenderer
{
    private readonly ConcurrentDictionary<string, TemplateCompilation> _compiled = new(StringComparer.Ordinal);

    // The same source object (a plugin's default layout, a template version kept by the resolver) skips hashing its
    // text on every render; the content-hash cache above still shares compilations between equal sources.
    private readonly ConditionalWeakTable<TemplateSource, SourceCompilation> _bySource = new();

    /// <summary>Renders <paramref name="view"/> with <paramref name="source"/>.</summary>
    /// <param name="engine">The template engine named by the template.</param>
    /// <param name="source">Template and partials.</param>
    /// <param name="view">What to print.</param>
    /// <param name="limits">Time, output and depth limits.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The page or the errors.</returns>
    public async Task<HtmlRenderResult> RenderAsync(
        ITemplateEngine engine, TemplateSource source, DocumentView view, RenderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(view);
        var compilation = Compile(engine, source);
        if (!compilation.Succeeded)
            return new HtmlRenderResult(null, compilation.Errors);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var result = await compilation.Template!.RenderAsync(new TemplateRenderRequest(TemplateModel.From(view), output, limits), cancellationToken);
        return result.Succeeded ? new HtmlRenderResult(output.ToString(), []) : new HtmlRenderResult(null, result.Errors);
    }

    /// <summary>Compiles (or finds compiled) a template: what saving a template checks.</summary>
    /// <param name="engine">Engine.</param>
    /// <param name="source">Template.</param>
    /// <returns>The compilation.</returns>
    public TemplateCompilation Compile(ITemplateEngine engine, TemplateSource source)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(source);
        if (_bySource.TryGetValue(source, out var known) && string.Equals(known.EngineId, engine.Id, StringComparison.Ordinal))
            return known.Compilation;
        var compilation = _compiled.GetOrAdd(Key(engine.Id, source), _ => engine.Compile(source));
        _bySource.AddOrUpdate(source, new SourceCompilation(engine.Id, compilation));
        return compilation;
    }

    private static string Key(string engineId, TemplateSource source)
    {
        var text = new StringBuilder(engineId).Append('\0').Append(source.Name).Append('\0').Append(source.Text);
        foreach (var (name, partial) in source.Partials.OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append('\0').Append(name).Append('\0').Append(partial);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private sealed record SourceCompilation(string EngineId, TemplateCompilation Compilation);
}
