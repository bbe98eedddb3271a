namespace Facturation.Sdk.Common;

/// <summary>An ISO 4217 alphabetic currency code such as <c>EUR</c> (three upper-case letters).</summary>
public readonly record struct CurrencyCode
{
    /// <summary>Euro.</summary>
    public static readonly CurrencyCode Eur = new("EUR");

    /// <summary>Creates a code, throwing <see cref="ArgumentException"/> when it is not three letters A-Z.</summary>
    /// <param name="value">The ISO 4217 code.</param>
    public CurrencyCode(string value)
    {
        if (!IsWellFormed(value))
            throw new ArgumentException($"Currency code '{value}' must be three upper-case letters (ISO 4217).", nameof(value));
        Value = value;
    }

    /// <summary>The three-letter code.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> has the shape of an ISO 4217 code.</summary>
    /// <param name="value">Text to test.</param>
    /// <returns><see langword="true"/> for three letters A-Z.</returns>
    public static bool IsWellFormed(string? value) =>
        value is { Length: 3 } && value.All(static c => c is >= 'A' and <= 'Z');

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
