using System.Globalization;

namespace Facturation.Rendering.Tests.Payments;

/// <summary>The twelve elements of an EPC069-12 payload, the ones left out at the end read as empty.</summary>
internal sealed record EpcFields(
    string ServiceTag, string Version, string CharacterSet, string Identification, string Bic, string Name, string Iban,
    string Amount, string Purpose, string StructuredReference, string UnstructuredRemittance, string Information)
{
    /// <summary>The amount as a number ("EUR240.00" → 240.00).</summary>
    public decimal AmountValue => decimal.Parse(Amount.AsSpan(3), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}

/// <summary>Reads a payload back the way a banking app would: LF-separated elements in a fixed order.</summary>
internal static class EpcPayloadReader
{
    public static EpcFields Read(string payload)
    {
        var elements = payload.Split('\n');
        if (elements.Length is < 8 or > 12)
            throw new FormatException($"An EPC payload has 8 to 12 elements, not {elements.Length}.");
        string At(int index) => index < elements.Length ? elements[index] : "";
        return new EpcFields(At(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7), At(8), At(9), At(10), At(11));
    }
}
