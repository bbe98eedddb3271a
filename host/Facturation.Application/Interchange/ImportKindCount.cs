namespace Facturation.Application.Interchange;

/// <summary>What became of one kind of record.</summary>
/// <param name="Kind"><c>companies</c>, <c>customers</c>, <c>items</c> or <c>documents</c>.</param>
/// <param name="Created">Records written (or that would have been, when the import is refused).</param>
/// <param name="Skipped">Records whose source id already exists with identical data.</param>
public sealed record ImportKindCount(string Kind, int Created, int Skipped);
