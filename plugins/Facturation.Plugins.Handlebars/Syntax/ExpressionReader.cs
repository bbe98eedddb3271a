using System.Globalization;

namespace Facturation.Plugins.Handlebars.Syntax;

/// <summary>Reads the inside of a tag into a <see cref="TagExpression"/>, enough to check helpers and partial names.</summary>
/// <remarks>Handlebars.Net parses the template again when it compiles; this reader only has to be at least as strict.</remarks>
internal sealed class ExpressionReader
{
    // Sub-expressions are read recursively: a hostile `((((...))))` must not exhaust the stack.
    private const int MaxNesting = 16;

    private readonly List<Token> _tokens;
    private readonly int _end;
    private int _next;
    private int _nesting;

    private ExpressionReader(List<Token> tokens, int end)
    {
        _tokens = tokens;
        _end = end;
    }

    private SyntaxIssue? Issue { get; set; }

    /// <summary>Reads a tag body.</summary>
    /// <param name="body">Text of the tag after its sigil.</param>
    /// <param name="offset">Offset of <paramref name="body"/> in the template.</param>
    /// <param name="expression">The expression, when there is no issue.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static SyntaxIssue? Read(string body, int offset, out TagExpression? expression)
    {
        expression = null;
        var tokens = new List<Token>();
        var issue = Tokenize(body, offset, tokens);
        if (issue is not null)
        {
            return issue;
        }

        if (tokens.Count == 0)
        {
            return new SyntaxIssue("Empty tag: write a name between the braces.", offset);
        }

        var reader = new ExpressionReader(tokens, offset + body.Length);
        var parsed = reader.ReadExpression(nested: false);
        if (reader.Issue is null && reader._next < tokens.Count)
        {
            reader.Issue = new SyntaxIssue($"Unexpected '{tokens[reader._next].Text}'.", tokens[reader._next].Offset);
        }

        expression = reader.Issue is null ? parsed : null;
        return reader.Issue;
    }

    private TagExpression? ReadExpression(bool nested)
    {
        var head = ReadArgument();
        if (head is null)
        {
            return null;
        }

        var parameters = new List<TagArgument>();
        var hash = new List<KeyValuePair<string, TagArgument>>();
        while (Issue is null && _next < _tokens.Count)
        {
            var token = _tokens[_next];
            if (token.Kind == TokenKind.Close)
            {
                if (nested)
                {
                    break;
                }

                return Fail("Unexpected ')'.", token.Offset);
            }

            if (token.Kind == TokenKind.Word && Peek(1)?.Kind == TokenKind.EqualsSign)
            {
                _next += 2;
                var value = ReadArgument();
                if (value is null)
                {
                    return null;
                }

                hash.Add(KeyValuePair.Create(token.Text, value));
            }
            else if (!nested && token is { Kind: TokenKind.Word, Text: "as" } && Peek(1)?.Kind == TokenKind.Pipe)
            {
                if (!SkipBlockParameters())
                {
                    return null;
                }
            }
            else
            {
                var parameter = ReadArgument();
                if (parameter is null)
                {
                    return null;
                }

                parameters.Add(parameter);
            }
        }

        return Issue is null ? new TagExpression(head, parameters, hash) : null;
    }

    private TagArgument? ReadArgument()
    {
        if (_next >= _tokens.Count)
        {
            return FailArgument("A value is missing here.", _end);
        }

        var token = _tokens[_next++];
        switch (token.Kind)
        {
            case TokenKind.Open:
                if (++_nesting > MaxNesting)
                {
                    return FailArgument($"Sub-expressions '( )' nest deeper than {MaxNesting} levels.", token.Offset);
                }

                var inner = ReadExpression(nested: true);
                _nesting--;
                if (inner is null)
                {
                    return null;
                }

                if (_next >= _tokens.Count || _tokens[_next].Kind != TokenKind.Close)
                {
                    return FailArgument("This '(' is never closed with ')'.", token.Offset);
                }

                _next++;
                return new TagArgument(ArgumentKind.SubExpression, "(" + inner.Head.Text + " ...)", token.Offset, inner);
            case TokenKind.Text:
                return new TagArgument(ArgumentKind.Literal, token.Text, token.Offset) { IsQuoted = true };
            case TokenKind.Word:
                return new TagArgument(IsLiteral(token.Text) ? ArgumentKind.Literal : ArgumentKind.Path, token.Text, token.Offset);
            default:
                return FailArgument($"Unexpected '{token.Text}'.", token.Offset);
        }
    }

    // `as |item index|` names block parameters; they must close the tag.
    private bool SkipBlockParameters()
    {
        var start = _tokens[_next].Offset;
        _next += 2;
        while (_next < _tokens.Count && _tokens[_next].Kind == TokenKind.Word)
        {
            _next++;
        }

        if (_next >= _tokens.Count || _tokens[_next].Kind != TokenKind.Pipe)
        {
            Fail("Block parameters 'as |name|' are not closed with '|'.", start);
            return false;
        }

        _next++;
        if (_next < _tokens.Count)
        {
            Fail("Block parameters 'as |name|' must end the tag.", _tokens[_next].Offset);
            return false;
        }

        return true;
    }

    private Token? Peek(int ahead) => _next + ahead < _tokens.Count ? _tokens[_next + ahead] : null;

    private TagExpression? Fail(string message, int offset)
    {
        Issue ??= new SyntaxIssue(message, offset);
        return null;
    }

    private TagArgument? FailArgument(string message, int offset)
    {
        Issue ??= new SyntaxIssue(message, offset);
        return null;
    }

    private static bool IsLiteral(string word) =>
        word is "true" or "false" or "null" or "undefined"
        || decimal.TryParse(word, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private static SyntaxIssue? Tokenize(string body, int offset, List<Token> tokens)
    {
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var kind = c switch
            {
                '(' => TokenKind.Open,
                ')' => TokenKind.Close,
                '=' => TokenKind.EqualsSign,
                '|' => TokenKind.Pipe,
                _ => TokenKind.Word,
            };
            if (kind != TokenKind.Word)
            {
                tokens.Add(new Token(kind, c.ToString(), offset + i));
                i++;
            }
            else if (c is '"' or '\'')
            {
                var close = i + 1;
                while (close < body.Length && (body[close] != c || body[close - 1] == '\\'))
                {
                    close++;
                }

                if (close >= body.Length)
                {
                    return new SyntaxIssue("This string is never closed (a '}}' inside a string is not supported).", offset + i);
                }

                var text = body[(i + 1)..close].Replace("\\" + c, c.ToString(), StringComparison.Ordinal);
                tokens.Add(new Token(TokenKind.Text, text, offset + i));
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < body.Length && !char.IsWhiteSpace(body[i]) && body[i] is not ('(' or ')' or '=' or '|' or '"' or '\''))
                {
                    if (body[i] == '[')
                    {
                        var bracket = body.IndexOf(']', i);
                        if (bracket < 0)
                        {
                            return new SyntaxIssue("This '[' is never closed with ']'.", offset + i);
                        }

                        i = bracket;
                    }

                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, body[start..i], offset + start));
            }
        }

        return null;
    }

    private enum TokenKind
    {
        Word,
        Text,
        Open,
        Close,
        EqualsSign,
        Pipe,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Offset);
}
