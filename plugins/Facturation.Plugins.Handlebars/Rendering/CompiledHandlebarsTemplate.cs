using Facturation.Plugins.Handlebars.Analysis;
using Facturation.Plugins.Handlebars.ViewModel;
using Facturation.Sdk.Templates;
using HandlebarsDotNet;

namespace Facturation.Plugins.Handlebars.Rendering;

/// <summary>
/// A compiled template. Immutable: renders share nothing but the compiled delegates, so any number can run at once.
/// </summary>
/// <remarks>
/// Output is buffered: the template renders into a <see cref="BoundedOutputWriter"/> (at most
/// <see cref="RenderLimits.MaxOutputChars"/> characters) and the buffer is copied to the request's writer only when the
/// render succeeded. A failed render writes nothing, so the caller gets the whole document or an error.
/// </remarks>
internal sealed class CompiledHandlebarsTemplate(
    HandlebarsTemplate<TextWriter, object, object> template,
    UnitAnalysis main,
    IReadOnlyDictionary<string, UnitAnalysis> partials,
    GraphCheck graph,
    TimeProvider time) : ICompiledTemplate
{
    public async ValueTask<TemplateRenderResult> RenderAsync(TemplateRenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Output);
        ArgumentNullException.ThrowIfNull(request.Limits);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Limits.Timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Limits.MaxOutputChars, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Limits.MaxDepth, 0);
        cancellationToken.ThrowIfCancellationRequested();

        // The nesting depth is a property of the template (the partial graph is acyclic): checked before any work.
        if (graph.Depth > request.Limits.MaxDepth)
        {
            return new TemplateRenderResult([graph.DeepestAt with
            {
                Message = $"Blocks and partials nest {graph.Depth} levels deep; this render allows {request.Limits.MaxDepth}.",
            }]);
        }

        var budget = new RenderBudget(request.Limits, time, cancellationToken);
        var buffer = new BoundedOutputWriter(budget);
        var error = RenderToBuffer(request.ViewModel, budget, buffer, cancellationToken);
        if (error is not null)
        {
            return new TemplateRenderResult([error]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await request.Output.WriteAsync(buffer.Content, cancellationToken);
        return TemplateRenderResult.Success;
    }

    // Synchronous on purpose: the budget is the thread's current one for exactly the time Handlebars.Net runs.
    private TemplateError? RenderToBuffer(object viewModel, RenderBudget budget, BoundedOutputWriter buffer, CancellationToken cancellationToken)
    {
        using var activation = budget.Activate();
        try
        {
            template(buffer, PlainData.Root(viewModel, budget)!, null!);
            return null;
        }
#pragma warning disable CA1031 // A template error of any kind fails this render, never the process or other renders.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return RenderErrorMapper.Map(exception, main, partials)
                ?? throw new OperationCanceledException("The render was cancelled.", exception, cancellationToken);
        }
    }
}
