namespace Facturation.Rendering.Documents;

/// <summary>A row of the totals block.</summary>
/// <param name="Label">Label.</param>
/// <param name="Amount">Amount, formatted with the currency.</param>
/// <param name="Emphasis">Whether the row is the one to pay (printed bold).</param>
public sealed record TotalView(string Label, string Amount, bool Emphasis);
