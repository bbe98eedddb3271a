using Facturation.Plugins.France.Accounting;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.Tests.France.Accounting;

public sealed class FecFileNameTests
{
    [Fact]
    public void GetFileName_WithSiren_IsSirenFecClosingDate()
    {
        Assert.Equal("123456789FEC20261231.txt", new FecExport().GetFileName(SomeLedger.Request()));
    }

    [Theory]
    [InlineData("12345678900012", PartyIdentifier.SiretScheme)]
    [InlineData("123 456 789 00012", PartyIdentifier.SiretScheme)]
    [InlineData("123 456 789", PartyIdentifier.SirenScheme)]
    public void GetFileName_WithSiretOrGroupedDigits_TakesTheSiren(string value, string scheme)
    {
        var request = SomeLedger.Request() with { Company = SomeLedger.Company(new PartyIdentifier(value, scheme)) };

        Assert.Equal("123456789FEC20261231.txt", new FecExport().GetFileName(request));
    }

    [Fact]
    public void GetFileName_WithSirenAndSiret_PrefersTheSiren()
    {
        var company = SomeLedger.Company(new PartyIdentifier("98765432100019", PartyIdentifier.SiretScheme), new PartyIdentifier("123456789", PartyIdentifier.SirenScheme));

        Assert.Equal("123456789FEC20261231.txt", new FecExport().GetFileName(SomeLedger.Request() with { Company = company }));
    }

    [Fact]
    public void GetFileName_FiscalYearNotCalendar_UsesTheClosingDate()
    {
        var request = SomeLedger.Request() with { Period = new AccountingPeriod(new DateOnly(2026, 7, 1), new DateOnly(2027, 6, 30)) };

        Assert.Equal("123456789FEC20270630.txt", new FecExport().GetFileName(request));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("12345678", PartyIdentifier.SirenScheme)]
    [InlineData("1234567890001", PartyIdentifier.SiretScheme)]
    [InlineData("123456789", null)]
    [InlineData("FR32123456789", "9957")]
    public void GetFileName_WithoutSiren_ThrowsNamingCompanySiren(string? value, string? scheme)
    {
        var company = value is null ? SomeLedger.Company() : SomeLedger.Company(new PartyIdentifier(value, scheme));

        var error = Assert.Throws<ArgumentException>(() => new FecExport().GetFileName(SomeLedger.Request() with { Company = company }));

        Assert.Contains("Company.Siren", error.Message, StringComparison.Ordinal);
        Assert.Contains("<SIREN>FEC<AAAAMMJJ>.txt", error.Message, StringComparison.Ordinal);
    }
}
