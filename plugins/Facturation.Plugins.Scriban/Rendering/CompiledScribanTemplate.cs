using Facturation.Plugins.Scriban.ViewModel;
using Facturation.Sdk.Templates;
using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Facturation.Plugins.Scriban.Rendering;

/// <summary>
/// A compiled template and its partials. Immutable: Scriban's parsed templates hold no render state (each render has
/// its own <see cref="SandboxContext"/>), so any number of renders can run at once.
/// </summary>
/// <remarks>
/// Output is buffered in the context (at most <see cref="RenderLimits.MaxOutputChars"/> characters) and copied to the
/// request's writer only when the render succeeded: the caller gets the whole document or an error.
/// </remarks>
internal sealed class CompiledScribanTemplate(Template main, IReadOnlyDictionary<string, Template> partials, TimeProvider time) : ICompiledTemplate
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

        var (html, error) = RenderToText(request, cancellationToken);
        if (error is not null)
            return new TemplateRenderResult([error]);
        cancellationToken.ThrowIfCancellationRequested();
        await request.Output.WriteAsync(html.AsMemory(), cancellationToken);
        return TemplateRenderResult.Success;
    }

    // Synchronous on purpose: the budget measures the allocations of the thread Scriban runs on.
    private (string Html, TemplateError? Error) RenderToText(TemplateRenderRequest request, CancellationToken cancellationToken)
    {
        var budget = new RenderBudget(request.Limits, time, cancellationToken);
        var context = new SandboxContext(budget, partials, request.Limits);
        try
        {
            context.PushGlobal(PlainModel.Root(request.ViewModel));
            // A one-page invoice is about 18,000 characters: start near it instead of doubling up from 16.
            context.PushOutput(new StringBuilderOutput(new StringBuilder(24 * 1024)));
            return (main.Render(context), null);
        }
#pragma warning disable CA1031 // A template error of any kind fails this render, never the process or other renders.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return ("", RenderErrorMapper.Map(exception, context, main.SourceFilePath ?? "template")
                ?? throw new OperationCanceledException("The render was cancelled.", exception, cancellationToken));
        }
    }
}
