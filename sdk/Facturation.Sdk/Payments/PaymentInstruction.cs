namespace Facturation.Sdk.Payments;

/// <summary>One way to pay, printed on the document or sent with it.</summary>
/// <param name="Label">Short text for people, e.g. "Virement bancaire".</param>
public abstract record PaymentInstruction(string Label);
