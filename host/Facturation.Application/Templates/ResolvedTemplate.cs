using Facturation.Sdk.Templates;

namespace Facturation.Application.Templates;

/// <summary>The template a document renders with: its engine and source, and which version it is.</summary>
/// <param name="Engine">Loaded template engine.</param>
/// <param name="Source">Text and partials.</param>
/// <param name="Version">Saved version, 0 for the plugin's default layout.</param>
/// <param name="Revision">Company revision of the version, 0 for the default layout.</param>
public sealed record ResolvedTemplate(ITemplateEngine Engine, TemplateSource Source, int Version, long Revision);
