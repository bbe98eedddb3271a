using System.Diagnostics.CodeAnalysis;
using Facturation.Sdk.Common;

namespace Facturation.Sdk.Experimental.Payments;

/// <summary>What happened to a payment or refund: <see cref="Processed"/>, <see cref="Pending"/> or <see cref="Failed"/>.</summary>
/// <param name="GatewayReference">The gateway's own reference, when it gave one.</param>
[Experimental(SdkDiagnosticIds.ExperimentalPayments)]
public abstract record PaymentOutcome(string? GatewayReference)
{
    /// <summary>Money moved.</summary>
    /// <param name="GatewayReference">Gateway reference.</param>
    /// <param name="Amount">Amount moved.</param>
    /// <param name="ProcessedAt">When the gateway processed it.</param>
    public sealed record Processed(string GatewayReference, Money Amount, DateTimeOffset ProcessedAt) : PaymentOutcome(GatewayReference);

    /// <summary>Accepted, result later (bank transfer, 3-D Secure, direct debit).</summary>
    /// <param name="GatewayReference">Gateway reference to poll or match later.</param>
    /// <param name="Reason">Why it waits.</param>
    public sealed record Pending(string GatewayReference, string? Reason) : PaymentOutcome(GatewayReference);

    /// <summary>Refused or failed, with the gateway's code.</summary>
    /// <param name="GatewayReference">Gateway reference, if any.</param>
    /// <param name="ErrorCode">Gateway error code, e.g. <c>card_declined</c>.</param>
    /// <param name="Message">Explanation for people.</param>
    public sealed record Failed(string? GatewayReference, string ErrorCode, string Message) : PaymentOutcome(GatewayReference);
}
