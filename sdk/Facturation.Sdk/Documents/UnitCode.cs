namespace Facturation.Sdk.Documents;

/// <summary>A unit of measure from UN/ECE Recommendation 20 or 21 (C62 one, H87 piece, HUR hour, DAY, KGM ...).</summary>
public readonly record struct UnitCode
{
    /// <summary>"One" (unit), the default for countable items.</summary>
    public static readonly UnitCode One = new("C62");

    /// <summary>Hour.</summary>
    public static readonly UnitCode Hour = new("HUR");

    /// <summary>Creates a code, throwing <see cref="ArgumentException"/> unless it is 1-3 upper-case letters or digits.</summary>
    /// <param name="value">The Rec 20/21 code.</param>
    public UnitCode(string value)
    {
        if (value is not { Length: >= 1 and <= 3 } || !value.All(static c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            throw new ArgumentException($"Unit code '{value}' must be 1 to 3 upper-case letters or digits (UN/ECE Rec 20/21).", nameof(value));
        Value = value;
    }

    /// <summary>The code.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
