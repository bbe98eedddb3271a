namespace Facturation.Plugins.Handlebars.Syntax;

/// <summary>
/// Finds the <c>{{...}}</c> tags of a template, to check it before Handlebars.Net compiles it.
/// </summary>
/// <remarks>
/// The scanner is never more lenient than Handlebars.Net: a tag ends at the first <c>}}</c> (Handlebars.Net skips a
/// <c>}}</c> inside a string or a <c>[segment]</c>, which makes its tag longer, never shorter), an escaped <c>\{{</c>
/// hides only its own two braces, and a comment ends where Handlebars.Net ends it. So no tag that Handlebars.Net
/// evaluates can hide from the checks inside something the scanner took for text; the price is that a few exotic
/// templates (a <c>}}</c> inside a string literal) are refused.
/// </remarks>
internal static class TagScanner
{
    public static TagScan Scan(string text)
    {
        var tags = new List<TemplateTag>();
        var issues = new List<SyntaxIssue>();
        var index = 0;
        while (index < text.Length)
        {
            var open = text.IndexOf("{{", index, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            if (IsEscaped(text, open))
            {
                // `\{{x}}` prints `{{x}}`; scanning goes on right after the braces, so what follows is still checked.
                index = open + 2;
                continue;
            }

            var next = ScanTag(text, open, tags, issues);
            if (next < 0)
            {
                break;
            }

            index = next;
        }

        return new TagScan(tags, issues);
    }

    // Handlebars treats `\{{` as an escaped mustache and `\\{{` as a backslash before a real one.
    private static bool IsEscaped(string text, int open) =>
        open > 0 && text[open - 1] == '\\' && (open < 2 || text[open - 2] != '\\');

    /// <returns>Where scanning goes on, or -1 when the rest of the text cannot be delimited.</returns>
    private static int ScanTag(string text, int open, List<TemplateTag> tags, List<SyntaxIssue> issues)
    {
        var position = open + 2;
        if (position < text.Length && text[position] == '~')
        {
            position++;
        }

        var sigilAt = SkipSpace(text, position);
        if (sigilAt < text.Length && text[sigilAt] == '!')
        {
            return ScanComment(text, open, sigilAt, tags, issues);
        }

        var close = text.IndexOf("}}", position, StringComparison.Ordinal);
        if (close < 0)
        {
            issues.Add(new SyntaxIssue("This '{{' is never closed with '}}'.", open));
            return -1;
        }

        var sigil = sigilAt < close ? text[sigilAt] : '\0';
        if (sigil is '{' or '&')
        {
            var written = sigil == '{' ? "{{{" : "{{&";
            issues.Add(new SyntaxIssue(
                $"'{written}' is refused: raw HTML is written only through the raw helper, {{{{raw value}}}}.", open));
            var end = close + 2;
            while (end < text.Length && text[end] == '}')
            {
                end++;
            }

            tags.Add(new TemplateTag(TagKind.Unescaped, string.Empty, sigilAt, open, end));
            return end;
        }

        var nested = text.IndexOf("{{", position, close - position, StringComparison.Ordinal);
        if (nested >= 0)
        {
            issues.Add(new SyntaxIssue("This tag is not closed with '}}' before the next '{{'.", open));
            return nested;
        }

        var tag = Classify(text, open, sigilAt, close);
        tags.Add(tag);
        if (tag.End < text.Length && text[tag.End] == '}')
        {
            issues.Add(new SyntaxIssue("Unexpected '}' after '}}': '}}}' would close a triple-stash, which is refused.", open));
        }

        return tag.End;
    }

    private static int ScanComment(string text, int open, int bang, List<TemplateTag> tags, List<SyntaxIssue> issues)
    {
        var isLong = string.CompareOrdinal(text, bang, "!--", 0, 3) == 0;
        var terminator = isLong ? "--}}" : "}}";
        var close = text.IndexOf(terminator, isLong ? bang + 3 : bang + 1, StringComparison.Ordinal);
        if (close < 0)
        {
            issues.Add(new SyntaxIssue(
                isLong ? "This comment '{{!--' is never closed with '--}}'." : "This comment '{{!' is never closed with '}}'.",
                open));
            return -1;
        }

        var end = close + terminator.Length;
        tags.Add(new TemplateTag(TagKind.Comment, string.Empty, bang, open, end));
        if (end < text.Length && text[end] == '}')
        {
            issues.Add(new SyntaxIssue("Unexpected '}' after the end of this comment.", open));
        }

        return end;
    }

    private static TemplateTag Classify(string text, int open, int sigilAt, int close)
    {
        var end = close + 2;
        var sigil = sigilAt < close ? text[sigilAt] : '\0';
        switch (sigil)
        {
            case '*':
                return Make(TagKind.Decorator, sigilAt + 1);
            case '^':
                return Make(TagKind.InverseBlock, sigilAt + 1);
            case '/':
                return Make(TagKind.Close, sigilAt + 1);
            case '>':
                return Make(TagKind.Partial, sigilAt + 1);
            case '#':
                var afterHash = SkipSpace(text, sigilAt + 1);
                return afterHash < close && text[afterHash] == '>' ? Make(TagKind.PartialBlock, afterHash + 1)
                    : afterHash < close && text[afterHash] == '*' ? Make(TagKind.DecoratorBlock, afterHash + 1)
                    : Make(TagKind.Block, afterHash);
            default:
                var expression = Make(TagKind.Expression, sigilAt);
                var body = expression.Body;
                if (body == "else" || (body.StartsWith("else", StringComparison.Ordinal) && char.IsWhiteSpace(body[4])))
                {
                    var rest = SkipSpace(text, expression.BodyOffset + 4);
                    return Make(TagKind.Else, Math.Min(rest, expression.BodyOffset + body.Length));
                }

                return expression;
        }

        TemplateTag Make(TagKind kind, int bodyStart)
        {
            var start = SkipSpace(text, bodyStart);
            var stop = close;
            while (stop > start && (char.IsWhiteSpace(text[stop - 1]) || text[stop - 1] == '~'))
            {
                stop--;
            }

            start = Math.Min(start, stop);
            return new TemplateTag(kind, text[start..stop], start, open, end);
        }
    }

    private static int SkipSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
