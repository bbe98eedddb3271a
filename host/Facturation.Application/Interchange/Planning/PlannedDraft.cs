using Facturation.Application.Interchange.Model;
using Facturation.Domain.Documents;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Planning;

/// <summary>A draft the import will write, with its record and parties (for the issue rehearsal).</summary>
/// <param name="Record">The file record.</param>
/// <param name="Document">The draft to write.</param>
/// <param name="Company">Its company.</param>
/// <param name="Customer">Its customer.</param>
internal sealed record PlannedDraft(DocumentRecord Record, Document Document, Company Company, Customer Customer);
