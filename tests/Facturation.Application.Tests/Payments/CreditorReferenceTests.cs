using Facturation.Application.Payments;

namespace Facturation.Application.Tests.Payments;

public sealed class CreditorReferenceTests
{
    // ISO 11649's own example, checked by hand: move "RF18" to the end → "539007547034RF18", letters as numbers
    // (R = 27, F = 15) → 539007547034271518. Mod 97 in pieces: 539007547 mod 97 = 81; 810342715 mod 97 = 59;
    // 5918 mod 97 = 1. The remainder is 1: valid.
    [Theory]
    [InlineData("RF18539007547034")]
    [InlineData("RF712348231")]
    [InlineData("RF93F202600042")]
    public void IsValid_KnownGoodReferences_AreValid(string reference) =>
        Assert.True(CreditorReference.IsValid(reference));

    [Theory]
    [InlineData("RF19539007547034")] // check digits off by one
    [InlineData("RF18539007547043")] // two digits swapped
    [InlineData("RF18 5390 0754 7034")] // printed form, not the electronic one
    [InlineData("rf18539007547034")] // lower case
    [InlineData("XX18539007547034")] // not RF
    [InlineData("RF18")] // no reference after the check digits
    [InlineData("RF1853900754703400000000000")] // 27 characters: more than 25
    [InlineData("RF18-53900754")] // not a letter or digit
    [InlineData("RFAB539007547034")] // check digits not digits
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_BadReferences_AreRefused(string? reference) =>
        Assert.False(CreditorReference.IsValid(reference));

    [Fact]
    public void FromDocumentNumber_Invoice_IsValidShortAndStable()
    {
        // "F202600042" + "RF00" → 15202600042271500 mod 97 = 5 → check digits 98 - 5 = 93.
        var reference = CreditorReference.FromDocumentNumber("F2026-00042");

        Assert.Equal("RF93F202600042", reference);
        Assert.True(CreditorReference.IsValid(reference));
        Assert.InRange(reference.Length, 5, 25);
        Assert.Equal(reference, CreditorReference.FromDocumentNumber("F2026-00042"));
    }

    [Fact]
    public void FromDocumentNumber_KeepsLettersAndDigitsUpperCased()
    {
        var reference = CreditorReference.FromDocumentNumber("inv/2026.é-7");

        Assert.EndsWith("INV20267", reference, StringComparison.Ordinal);
        Assert.Equal(12, reference.Length);
        Assert.True(CreditorReference.IsValid(reference));
    }

    [Fact]
    public void FromDocumentNumber_LongerThan21_KeepsTheLast21AndStaysDistinct()
    {
        var first = CreditorReference.FromDocumentNumber("ATELIER-DUPONT-FACTURE-2026-000041");
        var second = CreditorReference.FromDocumentNumber("ATELIER-DUPONT-FACTURE-2026-000042");

        Assert.Equal(25, first.Length);
        Assert.Equal("PONTFACTURE2026000041", first[4..]);
        Assert.True(CreditorReference.IsValid(first));
        Assert.True(CreditorReference.IsValid(second));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void FromDocumentNumber_WithoutLetterOrDigit_IsABug() =>
        Assert.Throws<ArgumentException>(() => CreditorReference.FromDocumentNumber("--/--"));

    [Fact]
    public void CheckDigits_CatchEverySingleDigitOrLetterSubstitution()
    {
        var reference = CreditorReference.FromDocumentNumber("INV-2026-00001");

        // A digit for a digit changes the number by d × 10^k, a letter for a letter by d × 100^k with 0 < |d| < 97:
        // never a multiple of 97, so always caught. (A letter for a digit changes the length of the digit string and is
        // not always caught: "RF76INV2L2600001" passes, which is why the check is not asserted for it.)
        for (var i = 4; i < reference.Length; i++)
        {
            var sameKind = char.IsAsciiDigit(reference[i]) ? "0123456789" : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            foreach (var other in sameKind)
            {
                if (other == reference[i])
                    continue;
                var changed = string.Concat(reference.AsSpan(0, i), other.ToString(), reference.AsSpan(i + 1));
                Assert.False(CreditorReference.IsValid(changed), changed);
            }
        }
    }

    [Theory]
    [InlineData("RF18539007547034", "RF18 5390 0754 7034")]
    [InlineData("RF93F202600042", "RF93 F202 6000 42")]
    [InlineData("RF712348231", "RF71 2348 231")]
    public void Format_GroupsByFour(string reference, string printed) =>
        Assert.Equal(printed, CreditorReference.Format(reference));
}
