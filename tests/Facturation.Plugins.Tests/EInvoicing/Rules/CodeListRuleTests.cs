using Facturation.Plugins.EInvoicing.Rules.CodeLists;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.EInvoicing.Rules;

/// <summary>EN 16931 rules BR-CL-*: codes come from the code lists of the CEN/TC 434 validation artefacts.</summary>
public sealed class CodeListRuleTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "amounts in an unknown currency", "BR-CL-03" },
        { "invoice currency not in ISO 4217", "BR-CL-04" },
        { "note subject not in UNTDID 4451", "BR-CL-08" },
        { "legal mention subject not in UNTDID 4451", "BR-CL-08" },
        { "seller identifier scheme not in ISO 6523", "BR-CL-10" },
        { "buyer country not in ISO 3166-1", "BR-CL-14" },
        { "Northern Ireland country code", "" },
        { "allowance reason code not in UNTDID 5189", "BR-CL-19" },
        { "charge reason code not in UNTDID 7161", "BR-CL-20" },
        { "exemption reason code not in VATEX", "BR-CL-22" },
        { "VATEX code in lower case", "" },
        { "unit not in UN/ECE Rec 20", "BR-CL-23" },
        { "package unit of UN/ECE Rec 21", "" },
        { "electronic address scheme not in EAS", "BR-CL-25" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_code_outside_its_list_breaks_its_rule(string breakage, string expected) =>
        RuleSnapshots.AssertBroken(Broken(breakage), expected);

    [Theory]
    [InlineData("C62", true)]
    [InlineData("HUR", true)]
    [InlineData("DAY", true)]
    [InlineData("XBX", true)]
    [InlineData(" KGM ", true)]
    [InlineData("EA", true)]
    [InlineData("c62", false)]
    [InlineData("PCE", false)]
    [InlineData("", false)]
    public void The_unit_list_is_the_published_one(string code, bool listed) =>
        Assert.Equal(listed, En16931CodeLists.Units.Contains(code));

    [Fact]
    public void Identifier_schemes_run_from_0002_to_0238_without_the_withdrawn_codes()
    {
        var schemes = En16931CodeLists.IdentifierSchemes;

        Assert.True(schemes.Contains("0002") && schemes.Contains("0009") && schemes.Contains("0225") && schemes.Contains("0238"));
        Assert.False(schemes.Contains("0001") || schemes.Contains("0092") || schemes.Contains("0181") || schemes.Contains("0239"));
        Assert.Equal(233, schemes.Count);
    }

    private static DocumentSnapshot Broken(string breakage)
    {
        var domestic = EInvoiceSnapshots.DomesticStandard;
        var mixed = EInvoiceSnapshots.MixedRatesWithAllowancesAndCharges;
        var unknown = new CurrencyCode("QQQ");
        return breakage switch
        {
            "amounts in an unknown currency" => domestic.WithTotals(t => t with { TaxTotal = t.TaxTotal with { Currency = unknown } }),
            "invoice currency not in ISO 4217" => domestic.WithDocument(d => d with { Currency = unknown }),
            "note subject not in UNTDID 4451" => domestic.WithDocument(static d => d with { Notes = [new DocumentNote("Merci", "XYZ")] }),
            "legal mention subject not in UNTDID 4451" => domestic with { Mentions = [new LegalMention("penalties", "Pénalités") { SubjectCode = "PEN" }] },
            "seller identifier scheme not in ISO 6523" => domestic.WithSeller(static s => s with
            {
                Identifiers = [s.Identifiers[0], new PartyIdentifier("83245781600029", "0999")],
            }),
            "buyer country not in ISO 3166-1" => domestic.WithBuyer(static b => b with { Address = b.Address with { Country = new CountryCode("XX") } }),
            "Northern Ireland country code" => domestic.WithBuyer(static b => b with { Address = b.Address with { Country = new CountryCode("XI") } }),
            "allowance reason code not in UNTDID 5189" => mixed.WithAllowanceCharge(0, static a => a with { ReasonCode = "99" }),
            "charge reason code not in UNTDID 7161" => mixed.WithAllowanceCharge(1, static a => a with { ReasonCode = "FRT" }),
            "exemption reason code not in VATEX" => EInvoiceSnapshots.Franchise.WithBreakdown(0, static r => r with { ExemptionReasonCode = "VATEX-FR-293B" }),
            "VATEX code in lower case" => EInvoiceSnapshots.Franchise.WithBreakdown(0, static r => r with { ExemptionReasonCode = "vatex-fr-franchise" }),
            "unit not in UN/ECE Rec 20" => domestic.WithLine(1, static l => l with { Line = l.Line with { Unit = new UnitCode("PCE") } }),
            "package unit of UN/ECE Rec 21" => domestic.WithLine(1, static l => l with { Line = l.Line with { Unit = new UnitCode("XBX") } }),
            "electronic address scheme not in EAS" => domestic.WithBuyer(static b => b with { ElectronicAddress = new ElectronicAddress("512349879", "9999") }),
            _ => throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "Unknown case."),
        };
    }
}
