namespace Facturation.Application.Common;

/// <summary>The shape of a tax class token (see <see cref="Sdk.Documents.TaxClass"/>).</summary>
public static class TaxClassRules
{
    /// <summary>Whether <paramref name="value"/> is a lower-case token of letters, digits and dashes.</summary>
    /// <param name="value">Value.</param>
    /// <returns>True when valid.</returns>
    public static bool IsTaxClass(string? value) =>
        !string.IsNullOrEmpty(value) && value.All(static c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
