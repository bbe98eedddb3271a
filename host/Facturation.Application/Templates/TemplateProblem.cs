using Facturation.Sdk.Common;
using Facturation.Sdk.Templates;

namespace Facturation.Application.Templates;

/// <summary>A template error as a problem: "line:column: message", in the field of the template or partial it is in.</summary>
internal static class TemplateProblem
{
    public static Problem From(string code, TemplateError error, TemplateSource source)
    {
        var field = error.TemplateName is { } name && name != source.Name && source.Partials.ContainsKey(name) ? $"Partials.{name}" : "Template";
        var message = error.Line > 0 ? $"{error.Line}:{error.Column}: {error.Message}" : error.Message;
        return new Problem(code, message, field);
    }
}
