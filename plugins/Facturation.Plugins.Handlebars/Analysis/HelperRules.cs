using Facturation.Plugins.Handlebars.Syntax;

namespace Facturation.Plugins.Handlebars.Analysis;

/// <summary>
/// Which helpers a tag may call and with how many values (<see cref="Vocabulary"/>); also collects the paths into the
/// view model the tags read.
/// </summary>
internal sealed class HelperRules(List<SyntaxIssue> issues, List<TagArgument> references)
{
    /// <summary>A tag written the way messages show it: <c>'{{#each items}}'</c>.</summary>
    public static string Tag(string inner) => "'{{" + inner + "}}'";

    /// <summary>Rules for <c>{{x}}</c> and <c>{{helper args}}</c>.</summary>
    public void CheckTag(TagExpression expression)
    {
        var head = expression.Head;
        if (head.Kind == ArgumentKind.SubExpression)
        {
            Issue("A tag cannot start with '(': call the helper directly, e.g. {{lookup item key}}.", head.Offset);
        }
        else if (head.Kind == ArgumentKind.Path && Vocabulary.InlineHelpers.TryGetValue(head.Text, out var arity))
        {
            CheckArity(expression, arity);
        }
        else if (head.Kind == ArgumentKind.Path && Vocabulary.BlockHelpers.Contains(head.Text))
        {
            Issue($"'{head.Text}' is a block helper: write {Tag("#" + head.Text + " value")}...{Tag("/" + head.Text)}.", head.Offset);
        }
        else if (expression.Parameters.Count > 0 || expression.Hash.Count > 0)
        {
            Issue($"Unknown helper '{head.Text}': the helpers are raw, eq and lookup (blocks: if, unless, each, with).", head.Offset);
        }
        else if (head.Kind == ArgumentKind.Path)
        {
            references.Add(head);
        }

        CheckArguments(expression);
    }

    /// <summary>Rules for <c>{{#helper value}}</c> and <c>{{^helper value}}</c>.</summary>
    public void CheckBlock(TagExpression expression, string sigil)
    {
        var head = expression.Head;
        if (head.Kind != ArgumentKind.Path)
        {
            Issue("A block starts with a block helper (if, unless, each, with).", head.Offset);
        }
        else if (Vocabulary.BlockHelpers.Contains(head.Text))
        {
            if (expression.Parameters.Count != 1 || expression.Hash.Count > 0)
            {
                Issue($"{Tag(sigil + head.Text)} takes exactly one value, e.g. {Tag(sigil + head.Text + " items")}.", head.Offset);
            }
        }
        else if (Vocabulary.InlineHelpers.ContainsKey(head.Text))
        {
            Issue($"'{head.Text}' is not a block helper.", head.Offset);
        }
        else if (expression.Parameters.Count > 0 || expression.Hash.Count > 0)
        {
            Issue($"Unknown block helper '{head.Text}': the block helpers are if, unless, each and with.", head.Offset);
        }
        else
        {
            // Mustache sections guess between loop, context and condition; templates say which one they mean.
            var instead = sigil == "^"
                ? Tag("#unless " + head.Text)
                : $"{Tag("#with " + head.Text)}, {Tag("#each " + head.Text)} or {Tag("#if " + head.Text)}";
            Issue($"Sections like {Tag(sigil + head.Text)} are refused: write {instead}.", head.Offset);
        }

        CheckArguments(expression);
    }

    /// <summary>Rules for a chained <c>{{else if value}}</c>.</summary>
    public void CheckElseChain(TagExpression expression)
    {
        var head = expression.Head;
        if (head.Kind != ArgumentKind.Path || !Vocabulary.BlockHelpers.Contains(head.Text)
            || expression.Parameters.Count != 1 || expression.Hash.Count > 0)
        {
            Issue("'{{else ...}}' chains if, unless, each or with, with one value, e.g. {{else if paid}}.", head.Offset);
        }

        CheckArguments(expression);
    }

    /// <summary>Everything but the head: sub-expressions must call value helpers; paths are collected.</summary>
    public void CheckArguments(TagExpression expression)
    {
        foreach (var argument in expression.Parameters.Concat(expression.Hash.Select(pair => pair.Value)))
        {
            if (argument.Kind == ArgumentKind.Path)
            {
                references.Add(argument);
            }
            else if (argument.Inner is { } inner)
            {
                var head = inner.Head;
                if (head.Kind == ArgumentKind.Path && Vocabulary.ValueHelpers.Contains(head.Text))
                {
                    CheckArity(inner, Vocabulary.InlineHelpers[head.Text]);
                }
                else if (head.Text == Vocabulary.Raw)
                {
                    Issue("'raw' writes HTML: it cannot be used inside '( )'.", head.Offset);
                }
                else
                {
                    Issue($"Unknown helper '{head.Text}' inside '( )': only eq and lookup can be used there.", head.Offset);
                }

                CheckArguments(inner);
            }
        }
    }

    private void CheckArity(TagExpression expression, int arity)
    {
        var name = expression.Head.Text;
        if (expression.Parameters.Count != arity || expression.Hash.Count > 0)
        {
            var usage = name switch
            {
                Vocabulary.Raw => "{{raw value}}",
                Vocabulary.Eq => "(eq a b)",
                _ => "{{lookup object key}}",
            };
            Issue($"'{name}' takes {arity} value{(arity > 1 ? "s" : string.Empty)}: {usage}.", expression.Head.Offset);
        }
    }

    private void Issue(string message, int offset) => issues.Add(new SyntaxIssue(message, offset));
}
