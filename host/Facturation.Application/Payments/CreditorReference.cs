using System.Globalization;
using System.Text;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Payments;

/// <summary>
/// The ISO 11649 structured creditor reference ("RF", two check digits, 1 to 21 letters and digits) a customer quotes
/// when paying by transfer (EN 16931 BT-83). It goes in the structured remittance field of the EPC QR code, so the
/// payment comes back with a reference that matches one document.
/// </summary>
public static class CreditorReference
{
    /// <summary>ISO 11649: at most 21 characters after "RF" and the two check digits, 25 in all.</summary>
    public const int MaxReferenceLength = 21;

    /// <summary>
    /// The reference for a document number: its letters (upper-cased) and digits, the rest dropped, behind "RF" and
    /// the check digits. A number longer than 21 such characters keeps its last 21: series patterns end with the
    /// counter (and usually the year), so the characters that tell two numbers of a company apart are at the end.
    /// </summary>
    /// <param name="number">The issued document number, e.g. "F2026-00042".</param>
    /// <returns>The reference in its electronic form, e.g. "RF93F202600042".</returns>
    /// <exception cref="ArgumentException">The number holds no letter or digit.</exception>
    public static string FromDocumentNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var kept = new StringBuilder(number.Length);
        foreach (var c in number)
        {
            if (c is (>= '0' and <= '9') or (>= 'A' and <= 'Z'))
                kept.Append(c);
            else if (c is >= 'a' and <= 'z')
                kept.Append(char.ToUpperInvariant(c));
        }
        if (kept.Length == 0)
            throw new ArgumentException($"Number '{number}' has no letter or digit to build a creditor reference from.", nameof(number));
        var reference = kept.Length > MaxReferenceLength
            ? kept.ToString(kept.Length - MaxReferenceLength, MaxReferenceLength)
            : kept.ToString();
        // ISO 11649 (ISO 7064 MOD 97-10): check digits = 98 - (reference + "RF00" mod 97), always 02..98.
        var check = 98 - Remainder(reference + "RF00");
        return "RF" + check.ToString("00", CultureInfo.InvariantCulture) + reference;
    }

    /// <summary>
    /// Whether a text is a creditor reference in its electronic form: "RF", check digits 02 to 98, 1 to 21 upper-case
    /// letters and digits, and ISO 11649's check: the first four characters moved to the end, letters as numbers
    /// (A = 10 … Z = 35), the whole mod 97 is 1. The printed form, with spaces, is not accepted.
    /// </summary>
    /// <param name="reference">The text to check.</param>
    /// <returns><see langword="true"/> when it is a valid reference.</returns>
    public static bool IsValid(string? reference)
    {
        if (reference is null || reference.Length is < 5 or > 4 + MaxReferenceLength || !reference.StartsWith("RF", StringComparison.Ordinal))
            return false;
        if (!char.IsAsciiDigit(reference[2]) || !char.IsAsciiDigit(reference[3]))
            return false;
        var check = (reference[2] - '0') * 10 + (reference[3] - '0');
        if (check is < 2 or > 98)
            return false;
        foreach (var c in reference.AsSpan(4))
        {
            if (c is not ((>= '0' and <= '9') or (>= 'A' and <= 'Z')))
                return false;
        }
        return Remainder(string.Concat(reference.AsSpan(4), reference.AsSpan(0, 4))) == 1;
    }

    /// <summary>The printed form: groups of four characters separated by spaces ("RF18 5390 0754 7034").</summary>
    /// <param name="reference">A reference in its electronic form.</param>
    /// <returns>The grouped text.</returns>
    public static string Format(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var printed = new StringBuilder(reference.Length + reference.Length / 4);
        for (var i = 0; i < reference.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
                printed.Append(' ');
            printed.Append(reference[i]);
        }
        return printed.ToString();
    }

    /// <summary>
    /// The numbered document with its creditor reference in its payment terms, for the documents a customer pays
    /// (invoices and deposit invoices); other documents are returned as they are. Called once, when the number is
    /// taken, so the reference is frozen in the snapshot with everything else.
    /// </summary>
    /// <param name="numbered">The document with its issued number.</param>
    /// <returns>The document to freeze.</returns>
    public static BusinessDocument AddTo(BusinessDocument numbered)
    {
        ArgumentNullException.ThrowIfNull(numbered);
        if (numbered.Type is not (DocumentType.Invoice or DocumentType.DepositInvoice))
            return numbered;
        var number = numbered.Number ?? throw new InvalidOperationException("A creditor reference is made from the issued number; the document has none.");
        var terms = numbered.PaymentTerms ?? new PaymentTerms(null, null);
        return numbered with { PaymentTerms = terms with { CreditorReference = FromDocumentNumber(number) } };
    }

    /// <summary>The value of letters (A = 10 … Z = 35) and digits read as one number, mod 97.</summary>
    private static int Remainder(string characters)
    {
        var remainder = 0;
        foreach (var c in characters)
        {
            remainder = c is >= 'A' and <= 'Z'
                ? (remainder * 100 + (c - 'A' + 10)) % 97
                : (remainder * 10 + (c - '0')) % 97;
        }
        return remainder;
    }
}
