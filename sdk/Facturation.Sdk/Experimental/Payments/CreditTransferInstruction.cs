using System.Diagnostics.CodeAnalysis;
using Facturation.Sdk.Common;

namespace Facturation.Sdk.Experimental.Payments;

/// <summary>Pay by bank transfer to an account with a reference (EN 16931 BG-16/BG-17, code 58 SEPA).</summary>
/// <param name="Label">Text for people.</param>
/// <param name="Account">Account to pay into.</param>
/// <param name="RemittanceReference">Reference to quote, e.g. an ISO 11649 RF creditor reference.</param>
[Experimental(SdkDiagnosticIds.ExperimentalPayments)]
public sealed record CreditTransferInstruction(string Label, BankAccount Account, string? RemittanceReference)
    : PaymentInstruction(Label);
