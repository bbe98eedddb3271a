using System.Globalization;

namespace Facturation.Application.Interchange;

/// <summary>One problem found in an import file, naming the record and the field at fault.</summary>
/// <param name="Kind">Record kind: <c>companies</c>, <c>customers</c>, <c>items</c>, <c>documents</c>, or <c>file</c> for the file as a whole.</param>
/// <param name="Index">Position of the record in its kind's list, from 0 (none for <c>file</c>).</param>
/// <param name="Line">Line of the file where the record starts (CSV only).</param>
/// <param name="SourceId">The record's id in the old system, when it has one.</param>
/// <param name="Field">Field at fault, as written in the file (e.g. <c>lines[0].quantity</c>).</param>
/// <param name="Code">Stable code of the rule (e.g. <c>quantity.not-positive</c>).</param>
/// <param name="Message">What is wrong and what the rule is.</param>
public sealed record ImportError(string Kind, int? Index, int? Line, string? SourceId, string? Field, string Code, string Message)
{
    /// <summary>The record part: <c>customers[2]</c>, <c>customers[2] line 4</c>, <c>file</c> or <c>file line 7</c>.</summary>
    public string Record =>
        (Index is null ? Kind : string.Create(CultureInfo.InvariantCulture, $"{Kind}[{Index}]"))
        + (Line is null ? "" : string.Create(CultureInfo.InvariantCulture, $" line {Line}"));

    /// <summary><c>kind[index] (sourceId) field: message (code)</c>, as the CLI prints every refusal.</summary>
    /// <returns>The line to show.</returns>
    public override string ToString() =>
        Record + (SourceId is null ? "" : $" ({SourceId})") + (Field is null ? "" : " " + Field) + ": " + Message + $" ({Code})";
}
