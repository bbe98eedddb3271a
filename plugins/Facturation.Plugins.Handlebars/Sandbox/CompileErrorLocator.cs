using System.Globalization;
using System.Text.RegularExpressions;
using Facturation.Plugins.Handlebars.Analysis;
using Facturation.Plugins.Handlebars.Syntax;
using Facturation.Sdk.Templates;

namespace Facturation.Plugins.Handlebars.Sandbox;

/// <summary>
/// Gives a Handlebars.Net compile error a position. Its parser says "Occured at: line:column" (0-based line) for some
/// errors and nothing for others; then each tag is compiled alone until one fails, and the error points at that tag.
/// </summary>
internal static partial class CompileErrorLocator
{
    public static TemplateError Locate(UnitAnalysis unit, Exception exception)
    {
        var message = "Handlebars: " + Describe(exception);
        var offset = OffsetFromMessage(unit, exception.Message) ?? FirstFailingTag(unit);
        if (offset is null)
        {
            return new TemplateError(message, 0, 0, unit.Unit.Name);
        }

        var (line, column) = unit.Lines.Locate(offset.Value);
        return new TemplateError(message, line, column, unit.Unit.Name);
    }

    /// <summary>The first sentence of the innermost message, without Handlebars.Net's position suffix.</summary>
    public static string Describe(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        var text = innermost.Message.Split('\n')[0].Trim();
        var sentenceEnd = text.IndexOf(". ", StringComparison.Ordinal);
        return sentenceEnd > 0 ? text[..(sentenceEnd + 1)] : text;
    }

    private static int? OffsetFromMessage(UnitAnalysis unit, string message)
    {
        var match = OccurredAt().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var line = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);

        // The reported column is just past the faulty tag: point at the tag's start.
        var offset = Math.Min(unit.Lines.OffsetOf(line, column - 1), unit.Unit.Text.Length);
        var tag = unit.Tags.FirstOrDefault(tag => tag.Start <= offset && offset < tag.End);
        return tag?.Start ?? offset;
    }

    private static int? FirstFailingTag(UnitAnalysis unit)
    {
        var scratch = SandboxEnvironment.Create();
        foreach (var tag in unit.Tags)
        {
            var text = unit.Unit.Text[tag.Start..tag.End];
            var snippet = tag.Kind switch
            {
                TagKind.Expression or TagKind.Partial => text,
                TagKind.Block or TagKind.InverseBlock or TagKind.PartialBlock => text + "{{/" + BlockName(tag.Body) + "}}",
                _ => null,
            };
            if (snippet is null)
            {
                continue;
            }

            try
            {
                scratch.Compile(snippet);
            }
#pragma warning disable CA1031 // Any exception of Handlebars.Net here means this tag is the faulty one.
            catch (Exception)
#pragma warning restore CA1031
            {
                return tag.Start;
            }
        }

        return null;
    }

    private static string BlockName(string body)
    {
        var end = 0;
        while (end < body.Length && !char.IsWhiteSpace(body[end]))
        {
            end++;
        }

        return body[..end].Trim('"', '\'');
    }

    [GeneratedRegex(@"Occured at: ?(\d+):(\d+)")]
    private static partial Regex OccurredAt();
}
