using Facturation.Plugins.Scriban.ViewModel;
using Facturation.Sdk.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Facturation.Plugins.Scriban.Rendering;

/// <summary>Turns what stopped a render (possibly wrapped by Scriban) into an error for the admin, at its line and column.</summary>
internal static class RenderErrorMapper
{
    /// <summary>The error, or <see langword="null"/> when the render was cancelled (the caller rethrows).</summary>
    public static TemplateError? Map(Exception exception, TemplateContext context, string mainName)
    {
        var chain = new List<Exception>();
        for (var current = exception; current is not null; current = current.InnerException)
            chain.Add(current);
        if (chain.Any(link => link is OperationCanceledException))
            return null;

        if (chain.OfType<ViewModelException>().FirstOrDefault() is { } model)
            return new TemplateError(model.Message, 0, 0, mainName);
        // The budget throws from wherever the render was: the node being evaluated says where.
        if (chain.OfType<RenderAbortedException>().FirstOrDefault() is { } aborted)
            return At(aborted.Message, context.CurrentNode?.Span, mainName);
        if (chain.OfType<InsufficientExecutionStackException>().Any())
            return At("The template nests too deeply for the render stack.", context.CurrentNode?.Span, mainName);
        // The innermost script error is the one nearest to its cause (an include wraps the error of its partial).
        if (chain.OfType<ScriptRuntimeException>().LastOrDefault() is { } script)
            return At(script.OriginalMessage, script.Span, mainName);
        return At($"Render failed: {exception.GetType().Name}: {exception.Message}", context.CurrentNode?.Span, mainName);
    }

    private static TemplateError At(string message, SourceSpan? span, string mainName) =>
        span is { } known && !string.IsNullOrEmpty(known.FileName)
            ? new TemplateError(message, known.Start.Line + 1, known.Start.Column + 1, known.FileName)
            : new TemplateError(message, 0, 0, mainName);
}
