using System.Diagnostics.CodeAnalysis;

namespace Facturation.Sdk.Experimental.Payments;

/// <summary>A payment QR code's payload (e.g. an EPC069-12 SEPA transfer), drawn by the renderer.</summary>
/// <param name="Label">Text for people.</param>
/// <param name="Standard">Payload standard, e.g. <c>EPC069-12</c>.</param>
/// <param name="Payload">The text to encode.</param>
[Experimental(SdkDiagnosticIds.ExperimentalPayments)]
public sealed record QrCodeInstruction(string Label, string Standard, string Payload) : PaymentInstruction(Label);
