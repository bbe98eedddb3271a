namespace Facturation.Plugins.Handlebars.Syntax;

/// <summary>The inside of a tag: <c>head param1 param2 key=value as |x|</c>.</summary>
/// <param name="Head">Helper name, path, partial name or literal.</param>
/// <param name="Parameters">Positional parameters.</param>
/// <param name="Hash">Named parameters.</param>
internal sealed record TagExpression(
    TagArgument Head,
    IReadOnlyList<TagArgument> Parameters,
    IReadOnlyList<KeyValuePair<string, TagArgument>> Hash);
