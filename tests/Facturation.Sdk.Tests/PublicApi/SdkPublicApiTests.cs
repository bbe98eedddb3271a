namespace Facturation.Sdk.Tests.PublicApi;

public class SdkPublicApiTests
{
    private static readonly string Listing = SdkPublicApi.Generate();

    private static readonly List<string> Declarations = [.. ApiListing.Read(Listing).Select(d => d.ToString())];

    [Fact]
    public void Generate_ListsAssessAsyncUnderITaxRegime()
    {
        Assert.Contains(
            "[Facturation.Sdk.Taxes.ITaxRegime] System.Threading.Tasks.ValueTask<Facturation.Sdk.Common.Outcome<Facturation.Sdk.Taxes.TaxAssessment>> AssessAsync(Facturation.Sdk.Taxes.TaxAssessmentRequest request, System.Threading.CancellationToken cancellationToken);",
            Declarations);
    }

    [Fact]
    public void Generate_ListsTheServiceCollectionExtensionsOfTheMicrosoftNamespace()
    {
        Assert.Contains(Declarations, d => d.StartsWith("[Microsoft.Extensions.DependencyInjection.FacturationServiceCollectionExtensions] public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddTaxRegime<TRegime>(", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_ListsRecordsAsRecordsWithNestedOnesUnderTheirType()
    {
        Assert.Contains(Declarations, d => d.StartsWith("[Facturation.Sdk.Experimental.Payments] [System.Diagnostics.CodeAnalysis.Experimental(\"FACTSDK001\")] public abstract record PaymentOutcome ", StringComparison.Ordinal));
        Assert.Contains(Declarations, d => d.StartsWith("[Facturation.Sdk.Experimental.Payments.PaymentOutcome] public sealed record Processed ", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_EveryDeclarationIsOwnedByAnSdkNamespaceOrType()
    {
        var owners = ApiListing.Read(Listing).Select(d => d.Owner).Distinct().ToList();

        Assert.All(owners, owner => Assert.True(
            owner.StartsWith("Facturation.Sdk", StringComparison.Ordinal) || owner.StartsWith("Microsoft.Extensions.DependencyInjection", StringComparison.Ordinal),
            $"Unexpected owner '{owner}'."));
        Assert.Contains("Facturation.Sdk.Common.Money", owners);
    }

    [Fact]
    public void Generate_ListsNoInternalOrPrivateMemberNorAssemblyAttribute()
    {
        // Private helpers of the SDK that must never reach the listing.
        Assert.DoesNotContain("SameCurrency", Listing, StringComparison.Ordinal);
        Assert.DoesNotContain("AddContract", Listing, StringComparison.Ordinal);
        Assert.DoesNotContain("ReadVersion", Listing, StringComparison.Ordinal);
        Assert.DoesNotContain("<Clone>$", Listing, StringComparison.Ordinal);
        Assert.DoesNotContain("[assembly:", Listing, StringComparison.Ordinal);
    }
}
