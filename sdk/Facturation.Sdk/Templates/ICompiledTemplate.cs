namespace Facturation.Sdk.Templates;

/// <summary>A compiled template, reusable and safe to render from several threads at once.</summary>
public interface ICompiledTemplate
{
    /// <summary>Renders the view model to the output within the limits.</summary>
    /// <param name="request">View model, output and limits.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <returns>Success or the errors.</returns>
    ValueTask<TemplateRenderResult> RenderAsync(TemplateRenderRequest request, CancellationToken cancellationToken);
}
