namespace Facturation.Plugins.Handlebars.Analysis;

/// <summary>A place where nesting deepens: a block, a chained <c>{{else if}}</c>, or a partial call.</summary>
/// <param name="Offset">Where the tag starts.</param>
/// <param name="Depth">Block depth inside its own template at this place (a block counts itself).</param>
/// <param name="Callee">The partial called here, whose own depth adds one more level plus its nesting.</param>
/// <param name="Through">
/// Partial blocks (<c>{{#> layout}}...{{/layout}}</c>) this place is inside of: their content is rendered within the
/// partial, so the partial's depth adds up.
/// </param>
internal sealed record NestingStep(int Offset, int Depth, string? Callee, PartialChain? Through)
{
    /// <summary>Names of <see cref="Through"/>.</summary>
    public IEnumerable<string> ThroughNames => Through ?? Enumerable.Empty<string>();
}
