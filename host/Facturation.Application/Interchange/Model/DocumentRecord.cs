using Facturation.Application.Documents;

namespace Facturation.Application.Interchange.Model;

/// <summary>A draft document read from a file.</summary>
/// <param name="At">Where.</param>
/// <param name="CompanyCode">Its company.</param>
/// <param name="Header">Its header, as the document service takes it.</param>
/// <param name="Lines">Its lines in order.</param>
/// <param name="AllowancesCharges">Its document-level allowances and charges in order.</param>
internal sealed record DocumentRecord(
    RecordLocation At, string CompanyCode, DraftInput Header, IReadOnlyList<LineInput> Lines, IReadOnlyList<AllowanceRecord> AllowancesCharges);
