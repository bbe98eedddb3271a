namespace Facturation.Sdk.Payments;

/// <summary>A link to a hosted payment page.</summary>
/// <param name="Label">Text for people.</param>
/// <param name="Url">The page.</param>
/// <param name="ExpiresAt">When the link stops working, if it does.</param>
public sealed record PaymentLinkInstruction(string Label, Uri Url, DateTimeOffset? ExpiresAt = null) : PaymentInstruction(Label);
