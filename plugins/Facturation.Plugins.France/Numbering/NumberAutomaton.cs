namespace Facturation.Plugins.France.Numbering;

/// <summary>
/// Every number a pattern can print, as a small non-deterministic automaton: literals, 4 or 2 year digits,
/// months 01 to 12, and a counter of exactly N digits or of more digits without a leading zero (any value
/// from 0 up). Each date token is read on its own, so the year of <c>{yyyy}</c> and <c>{yy}</c> in the same
/// pattern are not tied together (a slight over-approximation that can only find more collisions, never fewer).
/// </summary>
internal sealed class NumberAutomaton
{
    private readonly List<List<AutomatonTransition>> _transitions = [[]];

    private NumberAutomaton()
    {
    }

    /// <summary>The initial state.</summary>
    public static int Start => 0;

    /// <summary>The accepting state: a whole number has been read.</summary>
    public int Accept { get; private set; }

    /// <summary>The automaton of a pattern.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>Its automaton.</returns>
    public static NumberAutomaton Of(NumberPattern pattern)
    {
        var automaton = new NumberAutomaton();
        var state = Start;
        foreach (var element in pattern.Elements)
        {
            state = element.Kind switch
            {
                PatternElementKind.Literal => automaton.Step(state, CharacterRange.Single(element.Character)),
                PatternElementKind.Year => automaton.Digits(state, 4),
                PatternElementKind.ShortYear => automaton.Digits(state, 2),
                PatternElementKind.Month => automaton.Month(state),
                PatternElementKind.Counter => automaton.Counter(state, element.Width),
                _ => throw new InvalidOperationException($"Unknown pattern element {element.Kind}."),
            };
        }
        automaton.Accept = state;
        return automaton;
    }

    /// <summary>The moves out of a state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>Its transitions.</returns>
    public IReadOnlyList<AutomatonTransition> From(int state) => _transitions[state];

    private int NewState()
    {
        _transitions.Add([]);
        return _transitions.Count - 1;
    }

    private void Link(int from, CharacterRange? on, int to) => _transitions[from].Add(new AutomatonTransition(on, to));

    private int Step(int from, CharacterRange on)
    {
        var to = NewState();
        Link(from, on, to);
        return to;
    }

    private int Digits(int from, int count)
    {
        for (var i = 0; i < count; i++)
            from = Step(from, CharacterRange.Digit);
        return from;
    }

    // 01 to 09, or 10 to 12.
    private int Month(int from)
    {
        var end = NewState();
        Link(Step(from, CharacterRange.Single('0')), new CharacterRange('1', '9'), end);
        Link(Step(from, CharacterRange.Single('1')), new CharacterRange('0', '2'), end);
        return end;
    }

    // Zero-padded to exactly `width` digits, or a value that outgrew the width: more digits, no leading zero.
    private int Counter(int from, int width)
    {
        var end = NewState();
        Link(Digits(from, width), null, end);
        var longer = Digits(Step(from, CharacterRange.NonZeroDigit), width);
        Link(longer, CharacterRange.Digit, longer);
        Link(longer, null, end);
        return end;
    }
}
