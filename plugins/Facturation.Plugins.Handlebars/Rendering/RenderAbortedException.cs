namespace Facturation.Plugins.Handlebars.Rendering;

/// <summary>
/// Stops a render from inside Handlebars.Net (output writer, view model access, helper, partial guard); the render
/// turns it into a <see cref="Facturation.Sdk.Templates.TemplateRenderResult"/> error. Never leaves the plugin.
/// </summary>
internal sealed class RenderAbortedException : Exception
{
    public RenderAbortedException()
    {
    }

    public RenderAbortedException(string message)
        : base(message)
    {
    }

    public RenderAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
