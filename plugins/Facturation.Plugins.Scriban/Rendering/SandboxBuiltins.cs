using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace Facturation.Plugins.Scriban.Rendering;

/// <summary>
/// The functions a template can call, and nothing else: Scriban's <c>string</c>, <c>array</c>, <c>math</c>,
/// <c>html</c> and <c>object</c> functions without the ones that are not pure (<c>math.random</c>, <c>math.uuid</c>)
/// or that run text as a template (<c>object.eval</c>, <c>object.eval_template</c>), <c>empty</c>/<c>blank</c>, and
/// the sandbox's <c>raw</c> and <c>include</c>. No <c>date</c> (<c>date.now</c> would make a re-render differ),
/// <c>timespan</c> or <c>regex</c> (a pattern's run time depends on its input). Built once, read-only, shared by every
/// render.
/// </summary>
internal static class SandboxBuiltins
{
    public static ScriptObject Shared { get; } = Create();

    private static ScriptObject Create()
    {
        var defaults = TemplateContext.GetDefaultBuiltinObject();
        var builtins = new ScriptObject
        {
            ["string"] = Frozen(new StringFunctions()),
            ["array"] = Frozen(new ArrayFunctions()),
            ["html"] = Frozen(new HtmlFunctions()),
            ["math"] = Frozen(new MathFunctions(), "random", "uuid"),
            ["object"] = Frozen(new ObjectFunctions(), "eval", "eval_template"),
            ["empty"] = defaults["empty"],
            ["blank"] = defaults["blank"],
            ["raw"] = new RawFunction(),
            ["include"] = new PartialInclude(),
        };
        builtins.IsReadOnly = true;
        return builtins;
    }

    private static ScriptObject Frozen(ScriptObject functions, params string[] removed)
    {
        foreach (var name in removed)
            functions.Remove(name);
        functions.IsReadOnly = true;
        return functions;
    }
}
