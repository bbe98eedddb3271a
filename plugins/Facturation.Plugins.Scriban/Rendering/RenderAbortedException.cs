namespace Facturation.Plugins.Scriban.Rendering;

/// <summary>
/// Stops a render from inside Scriban (the budget checked on every node evaluated, loop step and write); the render
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
