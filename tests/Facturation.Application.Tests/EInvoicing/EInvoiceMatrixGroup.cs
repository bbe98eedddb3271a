namespace Facturation.Application.Tests.EInvoicing;

/// <summary>The e-invoice test classes share one issued matrix (issuing it is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class EInvoiceMatrixGroup : ICollectionFixture<EInvoiceMatrix>
{
    public const string Name = "e-invoice matrix";
}
