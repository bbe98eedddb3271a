using Facturation.Sdk.Documents;

namespace Facturation.Application.Issuing;

/// <summary>An issued document: its id, number and frozen snapshot.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Number">Number.</param>
/// <param name="Snapshot">Snapshot.</param>
public sealed record IssuedDocument(Guid Id, string Number, DocumentSnapshot Snapshot);
