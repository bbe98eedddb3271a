namespace Facturation.Sdk.Common;

/// <summary>
/// An expected failure reported as data (a missing mention, an invalid setting, an unsupported case):
/// every door (CLI, API, UI) shows it as it is. Exceptions are kept for bugs and broken infrastructure.
/// </summary>
/// <param name="Code">Stable machine-readable code, e.g. <c>tax.oss-not-supported</c> or <c>BR-CO-15</c>.</param>
/// <param name="Message">Sentence for a person, naming the rule that was broken.</param>
/// <param name="Field">Path of the field at fault (e.g. <c>Buyer.VatNumber</c>, <c>Lines[2].Quantity</c>), when there is one.</param>
public sealed record Problem(string Code, string Message, string? Field = null)
{
    /// <summary>
    /// The published rule the problem breaks, e.g. the EN 16931 business rule <c>BR-CO-10</c> or <c>BR-S-02</c>;
    /// <see langword="null"/> when the problem is not a published rule (an unsupported case, an invalid setting).
    /// </summary>
    public string? RuleId { get; init; }

    /// <inheritdoc />
    public override string ToString() => Field is null ? $"{Code}: {Message}" : $"{Field}: {Message} ({Code})";
}
