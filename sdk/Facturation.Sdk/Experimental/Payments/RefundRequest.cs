using System.Diagnostics.CodeAnalysis;
using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.Sdk.Experimental.Payments;

/// <summary>Asks a gateway to refund all or part of an earlier payment.</summary>
/// <param name="GatewayReference">The gateway's reference of the payment to refund.</param>
/// <param name="Amount">Amount to refund (at most the payment; less only with partial refunds).</param>
/// <param name="IdempotencyKey">Same key, same refund.</param>
/// <param name="Settings">The gateway plugin's settings for the company.</param>
[Experimental(SdkDiagnosticIds.ExperimentalPayments)]
public sealed record RefundRequest(string GatewayReference, Money Amount, string IdempotencyKey, SettingValues Settings);
