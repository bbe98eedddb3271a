using System.Diagnostics.CodeAnalysis;
using Facturation.Sdk.Common;

namespace Facturation.Sdk.Experimental.Payments;

/// <summary>What a payment gateway can do, declared up front rather than found out by trial.</summary>
/// <param name="CollectsPayments">Whether <see cref="IPaymentGateway.CollectAsync"/> takes money (card, direct debit); false for instructions only (bank transfer).</param>
/// <param name="Refunds">Whether it can refund.</param>
/// <param name="PartialRefunds">Whether a refund may be less than the payment.</param>
[Experimental(SdkDiagnosticIds.ExperimentalPayments)]
public sealed record PaymentGatewayCapabilities(bool CollectsPayments, bool Refunds, bool PartialRefunds)
{
    /// <summary>Currencies accepted; empty means any.</summary>
    public IReadOnlyList<CurrencyCode> Currencies { get; init; } = [];
}
