namespace Facturation.Plugins.France.Numbering;

/// <summary>A move of a <see cref="NumberAutomaton"/>.</summary>
/// <param name="On">The characters it reads; <see langword="null"/> for a move that reads nothing.</param>
/// <param name="Target">The state it leads to.</param>
internal readonly record struct AutomatonTransition(CharacterRange? On, int Target);
