namespace Facturation.Application.Interchange.Reading;

/// <summary>One record of a CSV file with the line it starts on (a quoted field may span lines).</summary>
/// <param name="Line">Line number, from 1 (the header is line 1).</param>
/// <param name="Cells">Its cells.</param>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Cells);
