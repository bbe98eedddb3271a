using Facturation.Sdk.Documents;

namespace Facturation.Application.Tests.EInvoicing;

/// <summary>One document of the matrix, issued for real: the company it belongs to, its number and frozen snapshot.</summary>
public sealed record IssuedCase(string Name, string CompanyCode, string Number, DocumentSnapshot Snapshot);
