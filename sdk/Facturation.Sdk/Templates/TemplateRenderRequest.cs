namespace Facturation.Sdk.Templates;

/// <summary>What to render and where.</summary>
/// <param name="ViewModel">A plain view model (records, lists, strings, numbers): never entities or services.</param>
/// <param name="Output">Where the text goes.</param>
/// <param name="Limits">Limits to enforce.</param>
public sealed record TemplateRenderRequest(object ViewModel, TextWriter Output, RenderLimits Limits);
