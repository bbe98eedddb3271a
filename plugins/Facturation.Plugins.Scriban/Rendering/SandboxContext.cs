using System.Collections;
using System.Globalization;
using Facturation.Sdk.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Facturation.Plugins.Scriban.Rendering;

/// <summary>
/// The context of one render: Scriban's own limits set from the render's, the sandbox's built-in functions only, no
/// reflected .NET member, no template loader (partials come from the compiled template), every printed value
/// HTML-escaped unless it is <see cref="RawHtml"/>, and the budget checked on every node evaluated.
/// </summary>
internal sealed class SandboxContext : TemplateContext
{
    /// <summary>Most loop iterations, nested ones counted together: far above any document's lines.</summary>
    public const int MaxLoopIterations = 100_000;

    /// <summary>
    /// Longest text one operation may build (a concatenation, a conversion, a padding), Scriban's default. Printing a
    /// value is not such an operation: the logo and font data URIs are written whatever their length.
    /// </summary>
    public const int MaxStringChars = 1024 * 1024;

    public SandboxContext(RenderBudget budget, IReadOnlyDictionary<string, Template> partials, RenderLimits limits)
        : base(SandboxBuiltins.Shared)
    {
        Budget = budget;
        Partials = partials;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        // The view model arrives as script objects (PlainModel): no .NET member is ever reflected.
        MemberFilter = static _ => false;
        LoopLimit = MaxLoopIterations;
        RecursiveLimit = limits.MaxDepth;
        LimitToString = MaxStringChars;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = (int)Math.Min(limits.MaxOutputChars, int.MaxValue);
        OnOutputLimit = ScriptLimitBehavior.Throw;
        TemplateLoader = null;
        TryGetMember = UnknownMember;
        TryGetVariable = UnknownVariable;
        NewLine = "\n";
        PushCulture(CultureInfo.InvariantCulture);
    }

    private ScriptNode? _printed;

    public RenderBudget Budget { get; }

    public IReadOnlyDictionary<string, Template> Partials { get; }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        Budget.Tick();
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        // The block writes a statement's value after evaluating it, with its own span: remember which statement it was.
        if (scriptNode is ScriptExpressionStatement)
            _printed = scriptNode;
        return result;
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        Budget.Tick();
        return base.OnStepLoop(loop);
    }

    /// <summary>Writes a printed value: escaped, raw when it is <see cref="RawHtml"/>, refused when it is an object or list.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        Budget.Tick();
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                return Write(raw.Html);
            case string text:
                return Write(HtmlText.Escape(text));
            case IEnumerable and not IScriptObject and not IDictionary or ScriptArray:
                throw new ScriptRuntimeException(Where(span), "This is a list: print its items in a for loop, not the whole list.");
            case IScriptObject or IDictionary:
                throw new ScriptRuntimeException(Where(span), "This is an object: print one of its members, not the whole object.");
            default:
                return Write(HtmlText.Escape(ObjectToString(textAsObject) ?? ""));
        }
    }

    // Called when a member or variable is not found: the error names it at its position, as the Handlebars plugin does.
    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value) =>
        throw new ScriptRuntimeException(span, $"Unknown member '{member}': the view model has no such property.");

    private static bool UnknownVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object value) =>
        throw new ScriptRuntimeException(span, $"Unknown variable or function '{variable.Name}': it is neither in the view model nor assigned before.");

    // Scriban writes a value with the span of the block around it: the statement just evaluated says where it is.
    private SourceSpan Where(SourceSpan span) => _printed?.Span ?? span;

    /// <summary>An empty text and an empty list are false, like <c>null</c> and <c>false</c>: "", [] mean "absent" in the view model.</summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        IList list => list.Count > 0,
        _ => base.ToBool(span, value),
    };
}
