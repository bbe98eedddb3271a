using System.Diagnostics.CodeAnalysis;

namespace Facturation.Sdk.Experimental.Payments;

/// <summary>A way of getting paid (bank transfer with QR, card processor, direct debit ...).</summary>
[Experimental(SdkDiagnosticIds.ExperimentalPayments)]
public interface IPaymentGateway
{
    /// <summary>Stable id, e.g. <c>sepa-transfer</c>.</summary>
    string Id { get; }

    /// <summary>Name shown to people.</summary>
    string DisplayName { get; }

    /// <summary>What the gateway can do.</summary>
    PaymentGatewayCapabilities Capabilities { get; }

    /// <summary>How the buyer can pay a document: bank reference, QR payload, link.</summary>
    /// <param name="request">The document and settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instructions, possibly none.</returns>
    ValueTask<IReadOnlyList<PaymentInstruction>> GetInstructionsAsync(PaymentInstructionRequest request, CancellationToken cancellationToken);

    /// <summary>Collects a payment; only called when <see cref="PaymentGatewayCapabilities.CollectsPayments"/> is true.</summary>
    /// <param name="request">Amount, idempotency key, payment method.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome as data; exceptions only for broken infrastructure.</returns>
    ValueTask<PaymentOutcome> CollectAsync(PaymentRequest request, CancellationToken cancellationToken);

    /// <summary>Refunds a payment; only called when <see cref="PaymentGatewayCapabilities.Refunds"/> is true.</summary>
    /// <param name="request">Payment reference, amount, idempotency key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome as data.</returns>
    ValueTask<PaymentOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken);
}
