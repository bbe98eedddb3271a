namespace Facturation.Sdk.Documents;

/// <summary>
/// The rate class a catalogue item or line belongs to (standard, reduced, ...). The active tax regime turns it
/// into a VAT category and a rate for the country and date; the class itself is country-neutral.
/// Regimes may define further classes (any lower-case token).
/// </summary>
public readonly record struct TaxClass
{
    /// <summary>The country's standard rate.</summary>
    public static readonly TaxClass Standard = new("standard");

    /// <summary>An intermediate rate (e.g. 10 % in France).</summary>
    public static readonly TaxClass Intermediate = new("intermediate");

    /// <summary>A reduced rate (e.g. 5.5 % in France).</summary>
    public static readonly TaxClass Reduced = new("reduced");

    /// <summary>A super-reduced rate (e.g. 2.1 % in France).</summary>
    public static readonly TaxClass SuperReduced = new("super-reduced");

    /// <summary>Zero-rated supplies.</summary>
    public static readonly TaxClass Zero = new("zero");

    /// <summary>Supplies exempt by law (medical, teaching, ...).</summary>
    public static readonly TaxClass Exempt = new("exempt");

    /// <summary>Creates a class, throwing <see cref="ArgumentException"/> unless it is a lower-case token.</summary>
    /// <param name="value">Token of letters, digits and dashes.</param>
    public TaxClass(string value)
    {
        if (string.IsNullOrEmpty(value) || !value.All(static c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            throw new ArgumentException($"Tax class '{value}' must be a lower-case token (letters, digits, '-').", nameof(value));
        Value = value;
    }

    /// <summary>The token.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
