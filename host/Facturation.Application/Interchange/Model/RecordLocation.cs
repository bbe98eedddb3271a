namespace Facturation.Application.Interchange.Model;

/// <summary>Where a record sits in the file: its kind, index, line (CSV) and source id.</summary>
/// <param name="Kind">Kind (<c>customers</c> ...).</param>
/// <param name="Index">Index in the kind's list.</param>
/// <param name="Line">Line where the record starts (CSV).</param>
/// <param name="SourceId">Source id as given.</param>
internal sealed record RecordLocation(string Kind, int Index, int? Line, string? SourceId);
