namespace Facturation.Plugins.Handlebars.Syntax;

/// <summary>The tags of a template and the problems met while finding them.</summary>
/// <param name="Tags">Tags in text order (comments included).</param>
/// <param name="Issues">Problems; a scan stops at the first tag it cannot delimit.</param>
internal sealed record TagScan(IReadOnlyList<TemplateTag> Tags, IReadOnlyList<SyntaxIssue> Issues);
