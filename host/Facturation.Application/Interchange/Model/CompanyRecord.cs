using Facturation.Application.Companies;

namespace Facturation.Application.Interchange.Model;

/// <summary>A company read from a file.</summary>
/// <param name="At">Where.</param>
/// <param name="Input">Its data, as the company service takes it.</param>
internal sealed record CompanyRecord(RecordLocation At, CompanyInput Input);
