namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>C# spellings of the metadata names of operator methods.</summary>
internal static class Operators
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["op_Addition"] = "+", ["op_Subtraction"] = "-", ["op_Multiply"] = "*", ["op_Division"] = "/",
        ["op_Modulus"] = "%", ["op_UnaryNegation"] = "-", ["op_UnaryPlus"] = "+", ["op_Increment"] = "++",
        ["op_Decrement"] = "--", ["op_LogicalNot"] = "!", ["op_OnesComplement"] = "~", ["op_True"] = "true",
        ["op_False"] = "false", ["op_BitwiseAnd"] = "&", ["op_BitwiseOr"] = "|", ["op_ExclusiveOr"] = "^",
        ["op_LeftShift"] = "<<", ["op_RightShift"] = ">>", ["op_UnsignedRightShift"] = ">>>",
        ["op_Equality"] = "==", ["op_Inequality"] = "!=", ["op_LessThan"] = "<", ["op_GreaterThan"] = ">",
        ["op_LessThanOrEqual"] = "<=", ["op_GreaterThanOrEqual"] = ">=",
    };

    /// <summary>The operator symbol of a method name, <c>checked</c> variants included.</summary>
    /// <param name="methodName">E.g. <c>op_Addition</c> or <c>op_CheckedAddition</c>.</param>
    /// <returns>E.g. <c>+</c> or <c>checked +</c>; <see langword="null"/> when not an operator.</returns>
    public static string? Symbol(string methodName)
    {
        if (Symbols.TryGetValue(methodName, out var symbol))
            return symbol;
        const string checkedPrefix = "op_Checked";
        return methodName.StartsWith(checkedPrefix, StringComparison.Ordinal)
            && Symbols.TryGetValue("op_" + methodName[checkedPrefix.Length..], out var checkedSymbol)
                ? "checked " + checkedSymbol
                : null;
    }

    /// <summary>The kind of a conversion operator.</summary>
    /// <param name="methodName">A method name.</param>
    /// <returns><c>implicit</c>, <c>explicit</c>, <c>explicit checked</c> or <see langword="null"/>.</returns>
    public static string? Conversion(string methodName) => methodName switch
    {
        "op_Implicit" => "implicit",
        "op_Explicit" => "explicit",
        "op_CheckedExplicit" => "explicit checked",
        _ => null,
    };
}
