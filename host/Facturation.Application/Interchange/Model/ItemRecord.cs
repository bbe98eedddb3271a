using Facturation.Application.Catalogue;

namespace Facturation.Application.Interchange.Model;

/// <summary>A catalogue item read from a file.</summary>
/// <param name="At">Where.</param>
/// <param name="CompanyCode">Its company.</param>
/// <param name="Input">Its data, as the item service takes it.</param>
/// <param name="Archived">Whether it is archived.</param>
internal sealed record ItemRecord(RecordLocation At, string CompanyCode, ItemInput Input, bool Archived);
