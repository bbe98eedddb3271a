using Facturation.Sdk.Templates;

namespace Facturation.Plugins.Handlebars.Analysis;

/// <summary>What checking the partial call graph found.</summary>
/// <param name="Errors">Unknown partials, recursion, nesting beyond the limit.</param>
/// <param name="Depth">Deepest nesting of blocks and partials from the main template (meaningful without errors).</param>
/// <param name="DeepestAt">Where that depth is reached, as an error position for a render that allows less.</param>
internal sealed record GraphCheck(IReadOnlyList<TemplateError> Errors, int Depth, TemplateError DeepestAt);
