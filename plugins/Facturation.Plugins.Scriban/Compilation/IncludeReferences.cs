using Facturation.Sdk.Templates;
using Scriban.Syntax;

namespace Facturation.Plugins.Scriban.Compilation;

/// <summary>
/// The partials a unit includes by a literal name (<c>include "lines"</c>): each must be one of the template's
/// partials, or the template is refused with the position of the include and the partials there are. A name computed
/// while rendering is checked then.
/// </summary>
internal sealed class IncludeReferences : ScriptVisitor
{
    private readonly List<(string Name, ScriptNode Node)> _found = [];

    public static IEnumerable<TemplateError> Unknown(ParsedUnit unit, IReadOnlySet<string> partials)
    {
        var visitor = new IncludeReferences();
        visitor.Visit(unit.Template!.Page);
        var known = partials.Count == 0 ? "there are none" : "there are: " + string.Join(", ", partials.Order(StringComparer.Ordinal));
        return visitor._found
            .Where(reference => !partials.Contains(reference.Name))
            .Select(reference => new TemplateError(
                $"Unknown partial '{reference.Name}' in include ({known}).",
                reference.Node.Span.Start.Line + 1, reference.Node.Span.Start.Column + 1, unit.Name));
    }

    public override void Visit(ScriptFunctionCall node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Target is ScriptVariableGlobal { Name: "include" } && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
            _found.Add((name, node));
        base.Visit(node);
    }
}
