namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>One declaration of an API listing: a type or a member, with the namespace or type that holds it.</summary>
/// <param name="Owner">The full name of the namespace (for a top-level type) or of the type (for a member or nested type).</param>
/// <param name="Text">The declaration as listed, its attribute lines and constraint lines joined by spaces.</param>
internal sealed record ApiDeclaration(string Owner, string Text)
{
    /// <summary>E.g. <c>[Facturation.Sdk.Taxes.ITaxRegime] string Id { get; }</c>; the text alone outside any block.</summary>
    /// <returns>The declaration with its owner.</returns>
    public override string ToString() => Owner.Length > 0 ? $"[{Owner}] {Text}" : Text;
}
