namespace Facturation.Plugins.Handlebars.Syntax;

/// <summary>One <c>{{...}}</c> tag of a template.</summary>
/// <param name="Kind">What the tag is.</param>
/// <param name="Body">The tag's text after its sigil, without <c>~</c> and surrounding white space.</param>
/// <param name="BodyOffset">Offset of <paramref name="Body"/> in the template text.</param>
/// <param name="Start">Offset of the opening <c>{{</c>.</param>
/// <param name="End">Offset just after the closing <c>}}</c>.</param>
internal sealed record TemplateTag(TagKind Kind, string Body, int BodyOffset, int Start, int End);
