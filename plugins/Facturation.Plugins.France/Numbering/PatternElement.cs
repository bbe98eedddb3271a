namespace Facturation.Plugins.France.Numbering;

/// <summary>One part of a number pattern.</summary>
/// <param name="Kind">What it prints.</param>
/// <param name="Character">The character of a <see cref="PatternElementKind.Literal"/>.</param>
/// <param name="Width">The zero-padded width of a <see cref="PatternElementKind.Counter"/>.</param>
internal readonly record struct PatternElement(PatternElementKind Kind, char Character = '\0', int Width = 0);
