using System.Globalization;
using System.Text;
using Facturation.Sdk.Common;
using QRCoder;

namespace Facturation.Rendering.Payments;

/// <summary>
/// The SEPA credit transfer QR code (EPC069-12 "Quick Response Code: Guidelines to Enable Data Capture for the
/// Initiation of a SEPA Credit Transfer", version 002): a banking app that scans it fills in the beneficiary, the
/// IBAN, the amount and the creditor reference. The payload is written here, QRCoder only draws it.
/// </summary>
public static class EpcQrCode
{
    /// <summary>EPC069-12: the payload is at most 331 bytes, what a version 13 QR code holds at level M.</summary>
    public const int MaxPayloadBytes = 331;

    /// <summary>EPC069-12: the error correction level is M (about 15 % of the code can be damaged).</summary>
    public const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;

    private const int MaxNameLength = 70;
    private const int MaxStructuredLength = 35;
    private const int MaxUnstructuredLength = 140;
    private const decimal MinAmount = 0.01m;
    private const decimal MaxAmount = 999_999_999.99m;

    /// <summary>The payload for a payment, or <see langword="null"/> when it cannot have one (see <see cref="Build"/> for why).</summary>
    /// <param name="payment">The transfer asked for.</param>
    /// <returns>The text to encode.</returns>
    public static string? Payload(EpcPayment payment) => Build(payment).Text;

    /// <summary>
    /// Writes the EPC069-12 version 002 payload, or says why there is none: not in euros, no or malformed IBAN or BIC,
    /// nothing (or too much) to pay, no beneficiary name, a reference the code cannot carry, more than 331 bytes.
    /// A name longer than 70 characters is cut rather than refused: the SEPA scheme carries only 70 characters of
    /// it (AT-21) anyway, and a long legal name should not cost the customer the code.
    /// </summary>
    /// <param name="payment">The transfer asked for.</param>
    /// <returns>The payload or the reason.</returns>
    public static EpcPayload Build(EpcPayment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var amount = payment.Amount;
        // The code initiates a SEPA credit transfer, which is in euros only ("EUR" is the only currency of AT-04).
        if (amount.Currency != CurrencyCode.Eur)
            return EpcPayload.NotApplicable($"EPC QR codes are for euro transfers; the amount is in {amount.Currency}.");
        var iban = Compact(payment.Iban);
        if (iban.Length == 0)
            return EpcPayload.NotApplicable("No IBAN to pay into.");
        if (!IsIban(iban))
            return EpcPayload.NotApplicable($"'{iban}' is not a valid IBAN.");
        var bic = Compact(payment.Bic);
        if (bic.Length > 0 && !IsBic(bic))
            return EpcPayload.NotApplicable($"'{bic}' is not a valid BIC (8 or 11 characters).");
        if (amount.Amount < MinAmount)
            return EpcPayload.NotApplicable($"Nothing to pay ({amount.Amount.ToString(CultureInfo.InvariantCulture)} EUR).");
        if (amount.Amount > MaxAmount)
            return EpcPayload.NotApplicable("The amount is over 999,999,999.99 EUR, the most the code can carry.");
        if (!AmountRounding.IsRounded(amount.Amount))
            return EpcPayload.NotApplicable("The amount has more than two decimals.");
        var name = Truncate(OneLine(payment.BeneficiaryName), MaxNameLength);
        if (name.Length == 0)
            return EpcPayload.NotApplicable("No beneficiary name.");
        var (structured, unstructured, refusal) = Remittance(payment);
        if (refusal is not null)
            return EpcPayload.NotApplicable(refusal);

        string[] elements =
        [
            "BCD", // service tag
            "002", // version: 002 lets the BIC be left out inside the EEA
            "1", // character set 1 = UTF-8 (2..8 are ISO 8859 variants)
            "SCT", // identification: SEPA credit transfer
            bic,
            name,
            iban,
            // "EUR" then the amount with a decimal point and at most two decimals.
            "EUR" + amount.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            "", // purpose (AT-44): none
            structured,
            unstructured,
            "", // beneficiary to originator information: none
        ];
        // Elements are separated by LF (CR LF is also allowed), and the last populated element is not followed by any
        // separator: the empty elements at the end are left out, not written as empty lines.
        var populated = elements.Length;
        while (elements[populated - 1].Length == 0)
            populated--;
        var text = string.Join('\n', elements, 0, populated);
        var bytes = Encoding.UTF8.GetByteCount(text);
        return bytes > MaxPayloadBytes
            ? EpcPayload.NotApplicable($"The payload is {bytes} bytes; EPC QR codes hold at most {MaxPayloadBytes}.")
            : EpcPayload.Of(text);
    }

    /// <summary>
    /// Draws a payload as an SVG QR code at error correction level M, from its UTF-8 bytes (the character set the
    /// payload declares), with the quiet zone around it and a viewBox so the template sets the printed size.
    /// </summary>
    /// <param name="payload">A payload from <see cref="Payload"/>.</param>
    /// <returns>The SVG document.</returns>
    public static string Svg(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        using var data = Encode(payload);
        return QrSvg.Of(data.ModuleMatrix);
    }

    /// <summary>An SVG as a <c>data:image/svg+xml;base64,…</c> URI, for an <c>img</c> element in a template.</summary>
    /// <param name="svg">The SVG document.</param>
    /// <returns>The URI.</returns>
    public static string DataUri(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }

    /// <summary>The QR code's modules for a payload: byte mode, no ECI header, level M, the smallest version that fits.</summary>
    internal static QRCodeData Encode(string payload) =>
        QRCodeGenerator.GenerateQrCode(Encoding.UTF8.GetBytes(payload), ErrorCorrection);

    /// <summary>The structured reference or, without one, the unstructured text; EPC069-12 carries one or the other.</summary>
    private static (string Structured, string Unstructured, string? Refusal) Remittance(EpcPayment payment)
    {
        if (payment.CreditorReference is { } given && Compact(given) is { Length: > 0 } reference)
        {
            if (reference.Length > MaxStructuredLength)
                return ("", "", $"The creditor reference '{reference}' is longer than {MaxStructuredLength} characters.");
            // An ISO 11649 reference with wrong check digits would be refused by the payer's bank: better no code.
            if (reference.StartsWith("RF", StringComparison.Ordinal) && !(reference.Length <= 25 && Mod97.Holds(reference)))
                return ("", "", $"'{reference}' is not a valid ISO 11649 creditor reference.");
            return (reference, "", null);
        }
        var text = OneLine(payment.RemittanceText);
        return text.Length > MaxUnstructuredLength
            ? ("", "", $"The remittance text is longer than {MaxUnstructuredLength} characters.")
            : ("", text, null);
    }

    private static bool IsIban(string iban) =>
        iban.Length is >= 15 and <= 34
        && char.IsAsciiLetterUpper(iban[0]) && char.IsAsciiLetterUpper(iban[1])
        && char.IsAsciiDigit(iban[2]) && char.IsAsciiDigit(iban[3])
        && Mod97.Holds(iban);

    // ISO 9362: 4 letters (institution), 2 letters (country), 2 letters or digits (location), optionally 3 (branch).
    private static bool IsBic(string bic) =>
        bic.Length is 8 or 11
        && bic.Take(6).All(char.IsAsciiLetterUpper)
        && bic.Skip(6).All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    /// <summary>Upper case without spaces, the electronic form of an IBAN, BIC or reference.</summary>
    private static string Compact(string? value) =>
        value is null ? "" : string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>A free text on one line: a line break inside an element would shift every element after it.</summary>
    private static string OneLine(string? value) =>
        value is null ? "" : new string(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();

    private static string Truncate(string value, int length)
    {
        if (value.Length <= length)
            return value;
        // Do not cut a surrogate pair in two.
        var cut = char.IsHighSurrogate(value[length - 1]) ? length - 1 : length;
        return value[..cut].TrimEnd();
    }
}
