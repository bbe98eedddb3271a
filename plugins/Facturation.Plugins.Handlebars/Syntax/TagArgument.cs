namespace Facturation.Plugins.Handlebars.Syntax;

/// <summary>One argument of a tag: a path, a literal or a sub-expression.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">The path or the literal (strings without their quotes).</param>
/// <param name="Offset">Where it starts in the template text.</param>
/// <param name="Inner">The parsed sub-expression, for <see cref="ArgumentKind.SubExpression"/>.</param>
internal sealed record TagArgument(ArgumentKind Kind, string Text, int Offset, TagExpression? Inner = null)
{
    /// <summary>Whether this is a quoted string literal.</summary>
    public bool IsQuoted { get; init; }
}
