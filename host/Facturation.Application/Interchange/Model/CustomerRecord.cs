using Facturation.Application.Customers;

namespace Facturation.Application.Interchange.Model;

/// <summary>A customer read from a file.</summary>
/// <param name="At">Where.</param>
/// <param name="CompanyCode">Its company.</param>
/// <param name="Input">Its data, as the customer service takes it.</param>
/// <param name="Archived">Whether it is archived.</param>
internal sealed record CustomerRecord(RecordLocation At, string CompanyCode, CustomerInput Input, bool Archived);
