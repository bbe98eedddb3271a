namespace Facturation.Sdk.Taxes;

/// <summary>A sentence the law requires on the document, printed with its exact wording.</summary>
/// <param name="Code">Stable code, e.g. <c>fr.franchise-293b</c>.</param>
/// <param name="Text">The wording, e.g. "TVA non applicable, art. 293 B du CGI".</param>
public sealed record LegalMention(string Code, string Text)
{
    /// <summary>UNTDID 4451 subject code when exchanged as an e-invoice note (BT-21): AAB, PMT, PMD, ...</summary>
    public string? SubjectCode { get; init; }
}
