namespace Facturation.Sdk.Taxes;

/// <summary>Conversions between <see cref="VatCategory"/> and its UNTDID 5305 code as used in CII and UBL.</summary>
public static class VatCategoryCodes
{
    private static readonly string[] Codes = ["S", "Z", "E", "AE", "K", "G", "O", "L", "M"];

    /// <summary>The UNTDID 5305 code of a category (S, Z, E, AE, K, G, O, L, M).</summary>
    /// <param name="category">The category.</param>
    /// <returns>Its code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined category.</exception>
    public static string ToCode(this VatCategory category) =>
        (uint)category < (uint)Codes.Length
            ? Codes[(int)category]
            : throw new ArgumentOutOfRangeException(nameof(category), category, "Not an EN 16931 VAT category.");

    /// <summary>Reads a UNTDID 5305 code.</summary>
    /// <param name="code">The code, e.g. <c>AE</c>.</param>
    /// <param name="category">The category when the code is known.</param>
    /// <returns><see langword="true"/> when the code is one of EN 16931's categories.</returns>
    public static bool TryParse(string? code, out VatCategory category)
    {
        var index = Array.IndexOf(Codes, code);
        category = index < 0 ? default : (VatCategory)index;
        return index >= 0;
    }
}
