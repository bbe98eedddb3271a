namespace Facturation.Plugins.France.Numbering;

/// <summary>The characters a pattern may print at one place: a literal (<c>F</c>-<c>F</c>) or digits (<c>0</c>-<c>9</c>).</summary>
/// <param name="Low">First character of the range.</param>
/// <param name="High">Last character of the range.</param>
internal readonly record struct CharacterRange(char Low, char High)
{
    /// <summary>Any digit.</summary>
    public static readonly CharacterRange Digit = new('0', '9');

    /// <summary>A digit other than zero: the first digit of a counter that outgrew its width.</summary>
    public static readonly CharacterRange NonZeroDigit = new('1', '9');

    /// <summary>One character.</summary>
    /// <param name="character">The character.</param>
    /// <returns>The range holding only it.</returns>
    public static CharacterRange Single(char character) => new(character, character);

    /// <summary>Whether a character exists in both ranges.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when they share a character.</returns>
    public bool Overlaps(CharacterRange other) => Low <= other.High && other.Low <= High;
}
