namespace Facturation.Sdk.Tests.PublicApi;

public class ApiListingTests
{
    private static readonly string Listing = """
        namespace Facturation.Sdk.Payments
        {
            public abstract record PaymentOutcome : System.IEquatable<Facturation.Sdk.Payments.PaymentOutcome>
            {
                public string? GatewayReference { get; init; }
                public sealed record Failed : Facturation.Sdk.Payments.PaymentOutcome, System.IEquatable<Facturation.Sdk.Payments.PaymentOutcome.Failed>
                {
                    public string ErrorCode { get; init; }
                }
                [System.Obsolete("Use GatewayReference.")]
                public string? Reference { get; }
            }
            public enum PaymentStatus
            {
                Pending = 0,
            }
            public abstract class PaymentBatch<TRequest>
            {
                public int Count { get; }
            }
        }
        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class FacturationServiceCollectionExtensions
            {
                public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddPaymentGateway<TGateway>(this Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                    where TGateway :  class, Facturation.Sdk.Payments.IPaymentGateway { }
            }
        }
        """;

    private static readonly List<string> Declarations = [.. ApiListing.Read(Listing).Select(d => d.ToString())];

    [Theory]
    [InlineData("[Facturation.Sdk.Payments] public enum PaymentStatus")]
    [InlineData("[Facturation.Sdk.Payments.PaymentStatus] Pending = 0,")]
    [InlineData("[Facturation.Sdk.Payments.PaymentBatch<TRequest>] public int Count { get; }")]
    [InlineData("[Facturation.Sdk.Payments.PaymentOutcome] public sealed record Failed : Facturation.Sdk.Payments.PaymentOutcome, System.IEquatable<Facturation.Sdk.Payments.PaymentOutcome.Failed>")]
    [InlineData("[Facturation.Sdk.Payments.PaymentOutcome.Failed] public string ErrorCode { get; init; }")]
    [InlineData("[Facturation.Sdk.Payments.PaymentOutcome] [System.Obsolete(\"Use GatewayReference.\")] public string? Reference { get; }")]
    public void Read_Declaration_IsOwnedByItsNamespaceOrInnermostType(string declaration)
    {
        // Top-level type, enum member, generic type member, nested type, its member, and a member after it with an attribute.
        Assert.Contains(declaration, Declarations);
    }

    [Fact]
    public void Read_ConstraintLine_IsPartOfItsMethod()
    {
        var method = Assert.Single(Declarations, d => d.Contains("AddPaymentGateway", StringComparison.Ordinal));

        Assert.StartsWith("[Microsoft.Extensions.DependencyInjection.FacturationServiceCollectionExtensions] public static", method, StringComparison.Ordinal);
        Assert.EndsWith("services) where TGateway :  class, Facturation.Sdk.Payments.IPaymentGateway { }", method, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BracesNamespacesAndAttributeLines_AreNotDeclarationsOfTheirOwn()
    {
        // Three types, one nested type, one enum member, one extension class, five members: eleven declarations.
        Assert.Equal(11, Declarations.Count);
    }
}
