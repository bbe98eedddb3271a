using System.Text.RegularExpressions;
using Facturation.Plugins.Handlebars.Analysis;
using Facturation.Plugins.Handlebars.Sandbox;
using Facturation.Sdk.Templates;
using HandlebarsDotNet.Compiler;

namespace Facturation.Plugins.Handlebars.Rendering;

/// <summary>Turns what stopped a render (possibly wrapped by Handlebars.Net, once per partial) into an error for the admin.</summary>
internal static partial class RenderErrorMapper
{
    /// <summary>The error, or <see langword="null"/> when the render was cancelled (the caller rethrows).</summary>
    public static TemplateError? Map(Exception exception, UnitAnalysis main, IReadOnlyDictionary<string, UnitAnalysis> partials)
    {
        var chain = new List<Exception>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            chain.Add(current);
        }

        if (chain.Any(link => link is OperationCanceledException))
        {
            return null;
        }

        // Handlebars.Net wraps an error inside a partial as "Runtime error while rendering partial 'name'": the
        // innermost such wrapper names the template the error is in.
        var unit = chain
            .Select(link => RenderingPartial().Match(link.Message))
            .Where(match => match.Success)
            .Select(match => partials.GetValueOrDefault(match.Groups[1].Value))
            .LastOrDefault(partial => partial is not null) ?? main;

        if (chain.OfType<RenderAbortedException>().FirstOrDefault() is { } aborted)
        {
            return new TemplateError(aborted.Message, 0, 0, unit.Unit.Name);
        }

        if (chain.OfType<HandlebarsUndefinedBindingException>().FirstOrDefault() is { } undefined)
        {
            return UnknownMember(undefined, unit);
        }

        if (chain.OfType<InsufficientExecutionStackException>().Any())
        {
            return new TemplateError("The template nests too deeply for the render stack.", 0, 0, unit.Unit.Name);
        }

        return new TemplateError("Render failed: " + CompileErrorLocator.Describe(exception), 0, 0, unit.Unit.Name);
    }

    // Points at the first tag that reads the missing path, when there is one.
    private static TemplateError UnknownMember(HandlebarsUndefinedBindingException undefined, UnitAnalysis unit)
    {
        var message = $"Unknown member '{undefined.MissingKey}' in {{{{{undefined.Path}}}}}: the view model has no such property.";
        var wanted = Normalise(undefined.Path);
        var reference = unit.References.FirstOrDefault(reference => Normalise(reference.Text) == wanted);
        if (reference is null)
        {
            return new TemplateError(message, 0, 0, unit.Unit.Name);
        }

        var (line, column) = unit.Lines.Locate(reference.Offset);
        return new TemplateError(message, line, column, unit.Unit.Name);
    }

    private static string Normalise(string path)
    {
        var text = path.Replace('/', '.');
        while (true)
        {
            var trimmed = text.StartsWith("this.", StringComparison.Ordinal) ? text[5..]
                : text.StartsWith("./", StringComparison.Ordinal) || text.StartsWith("..", StringComparison.Ordinal) ? text[2..].TrimStart('.')
                : text.StartsWith("@root.", StringComparison.Ordinal) ? text[6..]
                : text;
            if (trimmed == text)
            {
                return text;
            }

            text = trimmed;
        }
    }

    [GeneratedRegex("rendering partial '([^']*)'")]
    private static partial Regex RenderingPartial();
}
