using System.Diagnostics.CodeAnalysis;
using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.Sdk.Experimental.Payments;

/// <summary>Asks a gateway to collect a payment for a document.</summary>
/// <param name="DocumentNumber">Number of the document paid.</param>
/// <param name="Amount">Amount to collect.</param>
/// <param name="IdempotencyKey">Same key, same payment: a retried call never charges twice.</param>
/// <param name="Settings">The gateway plugin's settings for the company.</param>
[Experimental(SdkDiagnosticIds.ExperimentalPayments)]
public sealed record PaymentRequest(string DocumentNumber, Money Amount, string IdempotencyKey, SettingValues Settings)
{
    /// <summary>Gateway-specific token of the payment method (card token, mandate id ...).</summary>
    public string? PaymentMethodToken { get; init; }
}
