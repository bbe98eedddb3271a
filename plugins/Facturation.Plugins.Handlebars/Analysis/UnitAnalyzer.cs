using Facturation.Plugins.Handlebars.Syntax;

namespace Facturation.Plugins.Handlebars.Analysis;

/// <summary>
/// Checks one template or partial on its own: tag syntax, block structure, partial names, helpers (through
/// <see cref="HelperRules"/>), and where nesting deepens. What needs the other partials (unknown names, recursion,
/// total depth) is left to <see cref="PartialGraph"/>.
/// </summary>
internal sealed class UnitAnalyzer
{
    private readonly List<SyntaxIssue> _issues = [];
    private readonly List<NestingStep> _steps = [];
    private readonly List<TagArgument> _references = [];
    private readonly HelperRules _rules;
    private readonly Stack<Frame> _frames = new();
    private readonly LineMap _lines;
    private readonly bool _isPartial;
    private readonly int _depthLimit;
    private int _depth;

    private UnitAnalyzer(LineMap lines, bool isPartial, int depthLimit)
    {
        _lines = lines;
        _isPartial = isPartial;
        _depthLimit = depthLimit;
        _rules = new HelperRules(_issues, _references);
    }

    /// <param name="unit">The template or partial.</param>
    /// <param name="depthLimit">
    /// Nesting beyond which the template is refused anyway: deeper places are not recorded, which keeps the analysis of
    /// a hostile, very deep template linear.
    /// </param>
    public static UnitAnalysis Analyze(TemplateUnit unit, int depthLimit)
    {
        var lines = new LineMap(unit.Text);
        var scan = TagScanner.Scan(unit.Text);
        var analyzer = new UnitAnalyzer(lines, unit.IsPartial, depthLimit);
        foreach (var tag in scan.Tags)
        {
            analyzer.Visit(tag);
        }

        foreach (var frame in analyzer._frames.Reverse())
        {
            analyzer.Issue($"{Tag(frame.Opener)} is never closed with {Tag("/" + frame.Name)}.", frame.Offset);
        }

        var issues = scan.Issues.Concat(analyzer._issues).OrderBy(issue => issue.Offset).ToList();
        return new UnitAnalysis(unit, lines, scan.Tags, issues, analyzer._steps, analyzer._references);
    }

    private static string Tag(string inner) => HelperRules.Tag(inner);

    private void Visit(TemplateTag tag)
    {
        switch (tag.Kind)
        {
            case TagKind.Decorator:
                Issue("Decorators '{{*...}}' are refused.", tag.Start);
                break;
            case TagKind.DecoratorBlock:
                Issue("Inline partials and block decorators '{{#*...}}' are refused: add the partial to the template's partials.", tag.Start);
                Push(new Frame(FirstWord(tag.Body), "#*" + tag.Body, tag.Start) { Weight = 0 });
                break;
            case TagKind.Partial:
                VisitPartial(tag, isBlock: false);
                break;
            case TagKind.PartialBlock:
                VisitPartial(tag, isBlock: true);
                break;
            case TagKind.Block:
            case TagKind.InverseBlock:
                VisitBlock(tag);
                break;
            case TagKind.Else:
                VisitElse(tag);
                break;
            case TagKind.Close:
                VisitClose(tag);
                break;
            case TagKind.Expression:
                VisitExpression(tag);
                break;
            case TagKind.Comment:
            case TagKind.Unescaped:
            default:
                // Comments are text; unescaped tags were refused by the scanner.
                break;
        }
    }

    private void VisitExpression(TemplateTag tag)
    {
        var expression = Read(tag);
        if (expression is null)
        {
            return;
        }

        _rules.CheckTag(expression);
    }

    private void VisitBlock(TemplateTag tag)
    {
        var sigil = tag.Kind == TagKind.Block ? "#" : "^";
        if (tag.Body.Length == 0)
        {
            Issue(tag.Kind == TagKind.InverseBlock ? "'{{^}}' is not supported: write {{else}}." : "A block needs a name.", tag.Start);
            return;
        }

        var expression = Read(tag);
        if (expression is not null)
        {
            _rules.CheckBlock(expression, sigil);
        }

        var name = expression?.Head.Text ?? FirstWord(tag.Body);
        Push(new Frame(name, sigil + tag.Body, tag.Start));
        Step(tag.Start, _depth, null);
    }

    private void VisitPartial(TemplateTag tag, bool isBlock)
    {
        var expression = Read(tag);
        string? callee = null;
        if (expression is not null)
        {
            var head = expression.Head;
            if (head.Kind == ArgumentKind.SubExpression || (head.Text.StartsWith('@') && head.Text != Vocabulary.PartialBlock && !head.IsQuoted))
            {
                Issue("Dynamic partials are refused: name the partial literally, e.g. {{> footer}}.", head.Offset);
            }
            else if (head.Text == Vocabulary.PartialBlock && !head.IsQuoted)
            {
                if (isBlock)
                {
                    Issue("'{{#> @partial-block}}' is not supported.", head.Offset);
                }
                else if (!_isPartial)
                {
                    Issue("Only a partial called as a block ({{#> layout}}...{{/layout}}) can render '{{> @partial-block}}'.", head.Offset);
                }
                else
                {
                    Step(tag.Start, _depth + 1, null);
                }
            }
            else
            {
                callee = head.Kind == ArgumentKind.Path && head.Text.Length > 1 && head.Text[0] == '[' && head.Text[^1] == ']'
                    ? head.Text[1..^1]
                    : head.Text;
            }

            if (expression.Parameters.Count > 1 || (expression.Parameters.Count == 1 && expression.Hash.Count > 0))
            {
                Issue("A partial takes either one context value or named values (name=value), not both.", tag.Start);
            }

            _rules.CheckArguments(expression);
        }

        if (callee is not null)
        {
            Step(tag.Start, _depth, callee);
        }

        if (isBlock)
        {
            var outer = _frames.Count > 0 ? _frames.Peek().Chain : null;
            Push(new Frame(callee ?? FirstWord(tag.Body), "#> " + tag.Body, tag.Start)
            {
                Chain = callee is null ? outer : PartialChain.Enter(callee, outer),
            });
        }
    }

    private void VisitElse(TemplateTag tag)
    {
        if (_frames.Count == 0)
        {
            Issue("'{{else}}' outside a block.", tag.Start);
            return;
        }

        var frame = _frames.Peek();
        if (frame.HasPlainElse)
        {
            Issue($"{Tag(frame.Opener)} already has an '{{{{else}}}}': only its closing tag can follow.", tag.Start);
            return;
        }

        if (tag.Body.Length == 0)
        {
            frame.HasPlainElse = true;
            return;
        }

        var expression = Read(tag);
        if (expression is null)
        {
            return;
        }

        _rules.CheckElseChain(expression);

        // A chained `{{else if x}}` is compiled as a block nested in the else branch.
        frame.Weight++;
        _depth++;
        Step(tag.Start, _depth, null);
    }

    private void VisitClose(TemplateTag tag)
    {
        var name = tag.Body;
        if (_frames.Count == 0)
        {
            Issue($"{Tag("/" + name)} closes no open block.", tag.Start);
            return;
        }

        var frame = _frames.Pop();
        _depth -= frame.Weight;
        if (name != frame.Name)
        {
            var (line, column) = _lines.Locate(frame.Offset);
            Issue($"{Tag("/" + name)} does not close {Tag(frame.Opener)} opened at line {line}, column {column}.", tag.Start);
        }
    }

    private TagExpression? Read(TemplateTag tag)
    {
        var issue = ExpressionReader.Read(tag.Body, tag.BodyOffset, out var expression);
        if (issue is not null)
        {
            _issues.Add(issue);
        }

        return expression;
    }

    private void Push(Frame frame)
    {
        frame.Chain ??= _frames.Count > 0 ? _frames.Peek().Chain : null;
        _frames.Push(frame);
        _depth += frame.Weight;
    }

    private void Step(int offset, int depth, string? callee)
    {
        // One place beyond the limit is enough for the error; deeper ones would only cost time.
        if (depth <= _depthLimit + 1)
        {
            _steps.Add(new NestingStep(offset, depth, callee, _frames.Count > 0 ? _frames.Peek().Chain : null));
        }
    }

    private void Issue(string message, int offset) => _issues.Add(new SyntaxIssue(message, offset));

    private static string FirstWord(string body)
    {
        var end = 0;
        while (end < body.Length && !char.IsWhiteSpace(body[end]))
        {
            end++;
        }

        return body[..end];
    }

    private sealed class Frame(string name, string opener, int offset)
    {
        public string Name { get; } = name;

        public string Opener { get; } = opener;

        public int Offset { get; } = offset;

        public int Weight { get; set; } = 1;

        public bool HasPlainElse { get; set; }

        /// <summary>The partial blocks this block is inside of, itself included when it is one.</summary>
        public PartialChain? Chain { get; set; }
    }
}
