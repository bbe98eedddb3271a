using Scriban.Runtime;
using Scriban.Syntax;

namespace Facturation.Plugins.Scriban.Rendering;

/// <summary>
/// <c>include "name" [arguments]</c>: renders one of the template's own partials (parsed when the template was
/// compiled) in the current scope, its values escaped as anywhere else. There is no file or other template to reach.
/// Nested includes count against the recursion limit, so a partial that includes itself stops there.
/// </summary>
internal sealed class PartialInclude() : SandboxFunction("name")
{
    protected override object Call(SandboxContext context, ScriptNode caller, ScriptArray arguments)
    {
        if (arguments.Count == 0 || arguments[0] is not string name)
            throw new ScriptRuntimeException(caller.Span, "include takes the name of a partial first, e.g. include \"lines\".");
        if (!context.Partials.TryGetValue(name, out var partial))
        {
            var known = context.Partials.Count == 0 ? "there are none" : "there are: " + string.Join(", ", context.Partials.Keys.Order(StringComparer.Ordinal));
            throw new ScriptRuntimeException(caller.Span, $"Unknown partial '{name}' in include ({known}).");
        }
        // As Scriban's own include: the partial reads its arguments as $1, $2 ... ($0 is its name), counts as one level
        // of recursion, and its lines take the indentation of an include standing alone on an indented line (as a
        // Handlebars partial's do). Its output is already escaped where it prints values: it is written as it is.
        return new RawHtml(context.RenderTemplate(partial, arguments, caller));
    }
}
