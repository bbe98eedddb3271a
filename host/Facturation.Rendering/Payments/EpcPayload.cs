namespace Facturation.Rendering.Payments;

/// <summary>What <see cref="EpcQrCode.Build"/> made of a payment: the text to encode, or why there is none.</summary>
/// <param name="Text">The EPC069-12 payload, or <see langword="null"/> when the payment cannot have a code.</param>
/// <param name="NotApplicableReason">Why there is no payload (euro only, no IBAN, nothing to pay…); <see langword="null"/> when there is one.</param>
public sealed record EpcPayload(string? Text, string? NotApplicableReason)
{
    /// <summary>Whether there is a payload to encode.</summary>
    public bool IsApplicable => Text is not null;

    internal static EpcPayload Of(string text) => new(text, null);

    internal static EpcPayload NotApplicable(string reason) => new(null, reason);
}
