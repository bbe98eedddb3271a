using Facturation.Sdk.Templates;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>Another engine's default layout rendered on the same view, to compare engines in the same run.</summary>
/// <param name="Engine">The engine.</param>
/// <param name="Template">Its default invoice layout and partials.</param>
/// <param name="HtmlLength">The page it renders (checked on every render).</param>
internal sealed record RenderEngineCase(ITemplateEngine Engine, TemplateSource Template, int HtmlLength);
