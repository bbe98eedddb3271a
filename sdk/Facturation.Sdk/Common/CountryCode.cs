namespace Facturation.Sdk.Common;

/// <summary>An ISO 3166-1 alpha-2 country code such as <c>FR</c> (two upper-case letters).</summary>
public readonly record struct CountryCode
{
    /// <summary>France.</summary>
    public static readonly CountryCode France = new("FR");

    /// <summary>Creates a code, throwing <see cref="ArgumentException"/> when it is not two letters A-Z.</summary>
    /// <param name="value">The ISO 3166-1 alpha-2 code.</param>
    public CountryCode(string value)
    {
        if (value is not { Length: 2 } || !value.All(static c => c is >= 'A' and <= 'Z'))
            throw new ArgumentException($"Country code '{value}' must be two upper-case letters (ISO 3166-1 alpha-2).", nameof(value));
        Value = value;
    }

    /// <summary>The two-letter code.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
