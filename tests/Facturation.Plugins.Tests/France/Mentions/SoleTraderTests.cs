using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.Tests.France.Mentions;

public sealed class SoleTraderTests
{
    [Theory]
    [InlineData("EI", "Jean Martin EI")]
    [InlineData("EIRL", "EI Jean Martin")]
    [InlineData("Entrepreneur individuel", "Jean Martin (ei)")]
    [InlineData("micro-entrepreneur", "Jean Martin, entrepreneur individuel")]
    [InlineData("Auto-Entrepreneur", "Jean Martin - Entrepreneur  Individuel")]
    public async Task Check_SoleTraderNamedWithEi_IsAcceptedWithoutRcsOrShareCapital(string legalForm, string name)
    {
        var result = await SomeFrench.CheckAsync(WithSoleTrader(legalForm, name));

        Assert.True(result.Succeeded);
        Assert.Equal(["fr.nature-operation", "fr.late-payment-penalty", "fr.recovery-indemnity", "fr.early-payment-discount"], result.GetValueOrThrow().Select(m => m.Code));
    }

    [Theory]
    [InlineData("Jean Martin")]
    [InlineData("Reine Martin")]
    [InlineData("Jean Martin SEI")]
    [InlineData("Jean Martin Entrepreneur")]
    public async Task Check_SoleTraderNamedWithoutEi_IsRefusedOnTheName(string name)
    {
        var result = await SomeFrench.CheckAsync(WithSoleTrader("EI", name));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("fr.mention.seller-ei", problem.Code);
        Assert.Equal("Seller.Name", problem.Field);
    }

    private static BusinessDocument WithSoleTrader(string legalForm, string name)
    {
        var invoice = SomeFrench.Invoice();
        Party seller = invoice.Seller with { Name = name, LegalForm = legalForm, ShareCapital = null, RegistrationCity = null };
        return invoice with { Seller = seller };
    }
}
