using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Facturation.Plugins.Scriban.Rendering;

/// <summary>A function of the sandbox: its arguments come evaluated and unconverted, the first one required.</summary>
internal abstract class SandboxFunction(string parameterName) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    // Direct: the function receives the arguments as they were evaluated, however many there are.
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), parameterName);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(callerContext);
        ArgumentNullException.ThrowIfNull(arguments);
        return Call((SandboxContext)context, callerContext, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    protected abstract object? Call(SandboxContext context, ScriptNode caller, ScriptArray arguments);
}
