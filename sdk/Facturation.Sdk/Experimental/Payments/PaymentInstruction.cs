using System.Diagnostics.CodeAnalysis;

namespace Facturation.Sdk.Experimental.Payments;

/// <summary>One way to pay, printed on the document or sent with it.</summary>
/// <param name="Label">Short text for people, e.g. "Virement bancaire".</param>
[Experimental(SdkDiagnosticIds.ExperimentalPayments)]
public abstract record PaymentInstruction(string Label);
