using Facturation.Sdk.Templates;
using Scriban;
using Scriban.Parsing;

namespace Facturation.Plugins.Scriban.Compilation;

/// <summary>Parses one template or partial, turning Scriban's messages into errors with 1-based line and column.</summary>
internal static class TemplateUnitParser
{
    public static ParsedUnit Parse(string name, string text, int depthLimit)
    {
        // The statement depth is limited at parse time: nesting is what could exhaust the stack while rendering. Numbers
        // written with a decimal point are decimals, as the amounts of the documents are.
        var options = new ParserOptions { ExpressionDepthLimit = depthLimit, ParseFloatAsDecimal = true };
        Template template;
        try
        {
            template = Template.Parse(text, name, options, new LexerOptions { Mode = ScriptMode.Default });
        }
#pragma warning disable CA1031 // Compile never throws for bad input: whatever the parser throws becomes an error.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new ParsedUnit(name, null, [new TemplateError($"The template could not be parsed: {exception.Message}", 0, 0, name)]);
        }

        var errors = template.Messages
            .Where(message => message.Type == ParserMessageType.Error)
            .Select(message => new TemplateError(message.Message, message.Span.Start.Line + 1, message.Span.Start.Column + 1, name))
            .ToList();
        return errors.Count > 0 ? new ParsedUnit(name, null, errors) : new ParsedUnit(name, template, []);
    }
}
