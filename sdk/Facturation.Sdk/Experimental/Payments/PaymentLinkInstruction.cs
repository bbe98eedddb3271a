using System.Diagnostics.CodeAnalysis;

namespace Facturation.Sdk.Experimental.Payments;

/// <summary>A link to a hosted payment page.</summary>
/// <param name="Label">Text for people.</param>
/// <param name="Url">The page.</param>
/// <param name="ExpiresAt">When the link stops working, if it does.</param>
[Experimental(SdkDiagnosticIds.ExperimentalPayments)]
public sealed record PaymentLinkInstruction(string Label, Uri Url, DateTimeOffset? ExpiresAt = null) : PaymentInstruction(Label);
