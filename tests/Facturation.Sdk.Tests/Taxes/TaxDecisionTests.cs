using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Tests.Taxes;

public class TaxDecisionTests
{
    [Fact]
    public void TaxDecision_DefaultsToTaxPointOnInvoicing()
    {
        Assert.Equal(TaxPoint.OnInvoicing, new TaxDecision(VatCategory.Exempt, 0m).TaxPoint);
    }
}
