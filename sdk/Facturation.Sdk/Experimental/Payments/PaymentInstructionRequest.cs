using System.Diagnostics.CodeAnalysis;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;

namespace Facturation.Sdk.Experimental.Payments;

/// <summary>Asks a gateway how the buyer of an issued document can pay it.</summary>
/// <param name="Document">The issued document (number, parties, totals, creditor reference).</param>
/// <param name="Settings">The gateway plugin's settings for the company, defaults applied.</param>
[Experimental(SdkDiagnosticIds.ExperimentalPayments)]
public sealed record PaymentInstructionRequest(DocumentSnapshot Document, SettingValues Settings);
