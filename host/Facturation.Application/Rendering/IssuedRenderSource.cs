using Facturation.Sdk.Documents;

namespace Facturation.Application.Rendering;

/// <summary>What rendering needs of an issued document, all of it frozen at issue.</summary>
/// <param name="CompanyId">The issuing company.</param>
/// <param name="TemplateRevision">The company's template revision when it was issued.</param>
/// <param name="BrandingRevision">The company's branding revision when it was issued.</param>
/// <param name="DefaultLayoutEngineId">The engine of the default layouts when it was issued (<see langword="null"/>: the current one).</param>
/// <param name="Snapshot">The issued snapshot.</param>
internal sealed record IssuedRenderSource(Guid CompanyId, long TemplateRevision, long BrandingRevision, string? DefaultLayoutEngineId, DocumentSnapshot Snapshot);
