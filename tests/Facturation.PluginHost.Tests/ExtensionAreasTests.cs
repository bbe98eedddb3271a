using Facturation.Sdk.Experimental.Payments;
using Facturation.Sdk.Taxes;

namespace Facturation.PluginHost.Tests;

public sealed class ExtensionAreasTests
{
    [Fact]
    public void AreaOf_NamesTheExperimentalPaymentGateway_SoThatListingsShowWhatAPluginRegisters()
    {
#pragma warning disable FACTSDK001 // The experimental contract is the subject of this test.
        var gateway = typeof(IPaymentGateway);
#pragma warning restore FACTSDK001

        Assert.Equal("payment-gateway", ExtensionAreas.AreaOf(gateway));
        Assert.Equal("tax-regime", ExtensionAreas.AreaOf(typeof(ITaxRegime)));
        Assert.Null(ExtensionAreas.AreaOf(typeof(IDisposable)));
    }
}
