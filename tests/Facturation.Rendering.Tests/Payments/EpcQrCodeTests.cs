using System.Text;
using Facturation.Rendering.Payments;
using Facturation.Sdk.Common;
using QRCoder;

namespace Facturation.Rendering.Tests.Payments;

public sealed class EpcQrCodeTests
{
    private const string Iban = "FR7630006000011234567890189";

    // "RF" + check digits for "INV202600001": INV202600001RF00 → 98 - (mod 97) = 76.
    private const string Reference = "RF76INV202600001";

    // Byte-mode capacity of QR versions 1 to 13 at level M (ISO/IEC 18004); 331 is EPC069-12's limit.
    private static readonly int[] ByteCapacityAtLevelM = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331];

    private static EpcPayment Invoice(decimal amount = 240m, string currency = "EUR") =>
        new("Atelier Dupont SAS", Iban, new Money(amount, new CurrencyCode(currency))) { CreditorReference = Reference };

    [Fact]
    public void Payload_TypicalInvoice_ParsesBackToTheEpcFields()
    {
        var payload = EpcQrCode.Payload(Invoice());

        Assert.NotNull(payload);
        var fields = EpcPayloadReader.Read(payload);
        Assert.Equal(("BCD", "002", "1", "SCT"), (fields.ServiceTag, fields.Version, fields.CharacterSet, fields.Identification));
        Assert.Equal("", fields.Bic);
        Assert.Equal("Atelier Dupont SAS", fields.Name);
        Assert.Equal(Iban, fields.Iban);
        Assert.Equal("EUR240.00", fields.Amount);
        Assert.Equal("", fields.Purpose);
        Assert.Equal(Reference, fields.StructuredReference);
        Assert.True(Mod97.Holds(fields.StructuredReference));
        Assert.Equal("", fields.UnstructuredRemittance);
        Assert.Equal("", fields.Information);
        // LF only, and nothing after the last populated element (the reference): 10 elements, no empty lines.
        Assert.DoesNotContain('\r', payload);
        Assert.EndsWith(Reference, payload, StringComparison.Ordinal);
        Assert.Equal(10, payload.Split('\n').Length);
    }

    [Fact]
    public void Payload_SpacedIbanAndLowerCaseBic_AreWrittenInElectronicForm()
    {
        var payment = Invoice() with { Iban = "FR76 3000 6000 0112 3456 7890 189", Bic = "agri frpp", CreditorReference = "RF76 INV2 0260 0001" };

        var fields = EpcPayloadReader.Read(EpcQrCode.Payload(payment)!);

        Assert.Equal(Iban, fields.Iban);
        Assert.Equal("AGRIFRPP", fields.Bic);
        Assert.Equal(Reference, fields.StructuredReference);
    }

    [Fact]
    public void Payload_IsQRCodersGirocode_WithoutItsTrailingSeparators()
    {
        var ours = EpcQrCode.Payload(Invoice() with { Bic = "AGRIFRPP" });
        var girocode = new PayloadGenerator.Girocode(Iban, "AGRIFRPP", "Atelier Dupont SAS", 240m, Reference,
            PayloadGenerator.Girocode.TypeOfRemittance.Structured, version: PayloadGenerator.Girocode.GirocodeVersion.Version2,
            encoding: PayloadGenerator.Girocode.GirocodeEncoding.UTF_8).ToString();

        // QRCoder always writes the twelve elements, so its payload ends with two separators after the reference;
        // EPC069-12 says the last populated element is followed by none. Element for element, they agree.
        Assert.Equal(ours + "\n\n", girocode);
        Assert.Equal(EpcPayloadReader.Read(ours!), EpcPayloadReader.Read(girocode.TrimEnd('\n')));
    }

    [Theory]
    [InlineData("USD", "USD")]
    [InlineData("no IBAN", "No IBAN")]
    [InlineData("blank IBAN", "No IBAN")]
    [InlineData("IBAN check digits", "not a valid IBAN")]
    [InlineData("zero", "Nothing to pay")]
    [InlineData("negative", "Nothing to pay")]
    [InlineData("too large", "999,999,999.99")]
    [InlineData("sub-cent", "two decimals")]
    [InlineData("no name", "name")]
    [InlineData("BIC", "BIC")]
    [InlineData("RF check digits", "ISO 11649")]
    [InlineData("reference over 35", "35")]
    public void Build_WhenTheCodeDoesNotApply_SaysWhy(string problem, string reason)
    {
        var payment = problem switch
        {
            "USD" => Invoice(currency: "USD"),
            "no IBAN" => Invoice() with { Iban = null },
            "blank IBAN" => Invoice() with { Iban = "  " },
            "IBAN check digits" => Invoice() with { Iban = "FR7630006000011234567890188" },
            "zero" => Invoice(0m),
            "negative" => Invoice(-240m),
            "too large" => Invoice(1_000_000_000m),
            "sub-cent" => Invoice(10.005m),
            "no name" => Invoice() with { BeneficiaryName = " \n " },
            "BIC" => Invoice() with { Bic = "AGRIFRPPX" },
            "RF check digits" => Invoice() with { CreditorReference = "RF77INV202600001" },
            _ => Invoice() with { CreditorReference = new string('1', 36) },
        };

        var built = EpcQrCode.Build(payment);

        Assert.False(built.IsApplicable);
        Assert.Null(built.Text);
        Assert.Contains(reason, built.NotApplicableReason, StringComparison.Ordinal);
        Assert.Null(EpcQrCode.Payload(payment));
    }

    [Theory]
    [InlineData(0.01, "EUR0.01")]
    [InlineData(1, "EUR1.00")]
    [InlineData(1234.5, "EUR1234.50")]
    [InlineData(999999999.99, "EUR999999999.99")]
    public void Payload_Amount_HasAPointAndTwoDecimals(decimal amount, string expected) =>
        Assert.Equal(expected, EpcPayloadReader.Read(EpcQrCode.Payload(Invoice(amount))!).Amount);

    [Fact]
    public void Payload_NameOver70Characters_IsCutTo70()
    {
        var name = "Société coopérative ouvrière de production des ateliers réunis du Grand Ouest";

        var fields = EpcPayloadReader.Read(EpcQrCode.Payload(Invoice() with { BeneficiaryName = name })!);

        Assert.Equal(70, fields.Name.Length);
        Assert.StartsWith(fields.Name, name, StringComparison.Ordinal);
    }

    [Fact]
    public void Payload_WithoutReference_CarriesTheTextUnstructured_AndNeverBoth()
    {
        var textOnly = EpcPayloadReader.Read(EpcQrCode.Payload(Invoice() with { CreditorReference = null, RemittanceText = "INV-2026-00001" })!);
        var both = EpcPayloadReader.Read(EpcQrCode.Payload(Invoice() with { RemittanceText = "INV-2026-00001" })!);
        var neither = EpcQrCode.Payload(Invoice() with { CreditorReference = null });

        Assert.Equal(("", "INV-2026-00001"), (textOnly.StructuredReference, textOnly.UnstructuredRemittance));
        Assert.Equal((Reference, ""), (both.StructuredReference, both.UnstructuredRemittance));
        Assert.EndsWith("\nEUR240.00", neither, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PayloadOver331Bytes_IsRefused()
    {
        // 70 + 140 characters of two UTF-8 bytes each: 420 bytes of name and text alone.
        var payment = Invoice() with { BeneficiaryName = new string('é', 70), CreditorReference = null, RemittanceText = new string('é', 140) };

        var built = EpcQrCode.Build(payment);

        Assert.Null(built.Text);
        Assert.Contains("331", built.NotApplicableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void QrCode_TypicalInvoice_HoldsThePayloadBytesAtLevelM()
    {
        var payload = EpcQrCode.Payload(Invoice() with { BeneficiaryName = "Café Müller SARL" })!;

        using var data = EpcQrCode.Encode(payload);
        var symbol = QrMatrixReader.Read(data);

        var bytes = Encoding.UTF8.GetBytes(payload);
        Assert.Equal('M', symbol.ErrorCorrection);
        Assert.Equal(SmallestVersionFor(bytes.Length), symbol.Version);
        Assert.Equal(17 + 4 * symbol.Version + 8, data.ModuleMatrix.Count); // 4 modules of quiet zone each side
        Assert.False(symbol.HasEci);
        // The bytes are the payload's UTF-8 encoding, the character set it declares ("1").
        Assert.Equal(bytes, symbol.Bytes);
        var fields = EpcPayloadReader.Read(Encoding.UTF8.GetString(symbol.Bytes));
        Assert.Equal(("Café Müller SARL", Iban, "EUR240.00", Reference), (fields.Name, fields.Iban, fields.Amount, fields.StructuredReference));
    }

    [Fact]
    public void QrCode_LongestPayloads_StayWithinVersion13()
    {
        var payment = Invoice(999_999_999.99m) with
        {
            BeneficiaryName = new string('N', 69) + "é", // 71 bytes: one past what version 12 holds
            Iban = "MT84MALT011000012345MTLCAST001S",
            Bic = "MALTMTMTXXX",
            CreditorReference = null,
            RemittanceText = new string('T', 140),
        };
        var payload = EpcQrCode.Payload(payment)!;

        using var data = EpcQrCode.Encode(payload);
        var symbol = QrMatrixReader.Read(data);

        Assert.InRange(Encoding.UTF8.GetByteCount(payload), 288, EpcQrCode.MaxPayloadBytes);
        Assert.Equal(13, symbol.Version);
        Assert.Equal('M', symbol.ErrorCorrection);
        Assert.Equal(payload, Encoding.UTF8.GetString(symbol.Bytes));
    }

    [Fact]
    public void Svg_IsAnSvgOfTheCode_AndTheDataUriCarriesIt()
    {
        var svg = EpcQrCode.Svg(EpcQrCode.Payload(Invoice())!);
        var uri = EpcQrCode.DataUri(svg);

        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("viewBox", svg, StringComparison.Ordinal);
        Assert.True(svg.Length > 2_000, $"{svg.Length} characters");
        Assert.StartsWith("data:image/svg+xml;base64,", uri, StringComparison.Ordinal);
        Assert.Equal(svg, Encoding.UTF8.GetString(Convert.FromBase64String(uri["data:image/svg+xml;base64,".Length..])));
    }

    private static int SmallestVersionFor(int bytes) => Array.FindIndex(ByteCapacityAtLevelM, c => c >= bytes) + 1;
}
