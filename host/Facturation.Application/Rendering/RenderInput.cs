namespace Facturation.Application.Rendering;

/// <summary>Which document to render, how.</summary>
/// <param name="CompanyCode">The company.</param>
/// <param name="Reference">Document number (or id).</param>
/// <param name="Format">HTML or PDF.</param>
public sealed record RenderInput(string CompanyCode, string Reference, RenderFormat Format)
{
    /// <summary>Layout language (<c>fr</c>, <c>en</c>); by default French for a French seller, else English.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Layout to print instead of the document type's own: <c>payment-reminder</c> prints a reminder of an unpaid
    /// invoice or deposit invoice, dated today.
    /// </summary>
    public string? Layout { get; init; }
}
