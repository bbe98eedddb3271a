using System.Collections;
using System.Globalization;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Facturation.Plugins.Scriban.Rendering;

/// <summary>
/// <c>raw value</c>: writes a text (or the invariant text of a number or boolean) without escaping, for HTML the host
/// has already sanitised, such as an inlined SVG logo or the CSS of an embedded font. Objects and lists are refused.
/// </summary>
internal sealed class RawFunction() : SandboxFunction("value")
{
    protected override object? Call(SandboxContext context, ScriptNode caller, ScriptArray arguments)
    {
        if (arguments.Count != 1)
            throw new ScriptRuntimeException(caller.Span, $"raw takes one value, not {arguments.Count}.");
        return arguments[0] switch
        {
            null => null,
            RawHtml raw => raw,
            string text => new RawHtml(text),
            bool flag => new RawHtml(flag ? "true" : "false"),
            IFormattable number => new RawHtml(number.ToString(null, CultureInfo.InvariantCulture)),
            IScriptObject or IEnumerable => throw new ScriptRuntimeException(caller.Span, "raw writes a text or a number, not an object or a list."),
            var other => new RawHtml(context.ObjectToString(other) ?? ""),
        };
    }
}
