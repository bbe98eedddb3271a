using Facturation.Plugins.Handlebars.Analysis;
using Facturation.Plugins.Handlebars.Rendering;
using Facturation.Sdk.Templates;
using HandlebarsDotNet;

namespace Facturation.Plugins.Handlebars.Sandbox;

/// <summary>Compiles a template that passed the static checks, with its partials, in its own environment.</summary>
internal static class SandboxCompiler
{
    public static TemplateCompilation Compile(
        UnitAnalysis main, IReadOnlyDictionary<string, UnitAnalysis> partials, GraphCheck graph, TimeProvider time)
    {
        var handlebars = SandboxEnvironment.Create();
        var errors = new List<TemplateError>();
        foreach (var (name, partial) in partials)
        {
            if (TryCompile(handlebars, partial, errors) is { } compiled)
            {
                handlebars.RegisterTemplate(name, Guard(name, compiled));
            }
        }

        var template = TryCompile(handlebars, main, errors);
        if (template is null || errors.Count > 0)
        {
            return new TemplateCompilation(null, errors);
        }

        return new TemplateCompilation(new CompiledHandlebarsTemplate(template, main, partials, graph, time), []);
    }

    private static HandlebarsTemplate<TextWriter, object, object>? TryCompile(IHandlebars handlebars, UnitAnalysis unit, List<TemplateError> errors)
    {
        try
        {
            using var reader = new StringReader(unit.Unit.Text);
            return handlebars.Compile(reader);
        }
#pragma warning disable CA1031 // Compile never throws for bad input: whatever Handlebars.Net throws becomes an error with a position.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            errors.Add(CompileErrorLocator.Locate(unit, exception));
            return null;
        }
    }

    // Every partial call goes through the render's depth counter.
    private static HandlebarsTemplate<TextWriter, object, object> Guard(string name, HandlebarsTemplate<TextWriter, object, object> partial) =>
        (writer, context, data) =>
        {
            var budget = RenderBudget.Current;
            budget.EnterPartial(name);
            try
            {
                partial(writer, context, data);
            }
            finally
            {
                budget.ExitPartial();
            }
        };
}
