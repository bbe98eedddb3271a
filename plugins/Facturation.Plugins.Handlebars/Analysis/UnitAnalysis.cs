using Facturation.Plugins.Handlebars.Syntax;

namespace Facturation.Plugins.Handlebars.Analysis;

/// <summary>What the static checks learnt about one template or partial.</summary>
/// <param name="Unit">The template or partial.</param>
/// <param name="Lines">Offsets to lines and columns.</param>
/// <param name="Tags">Its tags.</param>
/// <param name="Issues">Problems found in it alone.</param>
/// <param name="Steps">Where nesting deepens (blocks and partial calls), to check depth and recursion.</param>
/// <param name="References">Paths into the view model, to point at the tag of a missing member at render time.</param>
internal sealed record UnitAnalysis(
    TemplateUnit Unit,
    LineMap Lines,
    IReadOnlyList<TemplateTag> Tags,
    IReadOnlyList<SyntaxIssue> Issues,
    IReadOnlyList<NestingStep> Steps,
    IReadOnlyList<TagArgument> References);
