namespace Facturation.Plugins.France.Numbering;

/// <summary>
/// Decides whether two patterns can print the same number (CGI annexe II art. 242 nonies A: a number is unique for
/// the company, even across series). It searches the product of the two patterns' automata, breadth first, for a
/// pair of accepting states: a word both can print.
/// </summary>
internal static class PatternCollision
{
    /// <summary>Whether some number can be printed by both patterns, for any counters and dates.</summary>
    /// <param name="first">A pattern.</param>
    /// <param name="second">Another pattern.</param>
    /// <returns><see langword="true"/> when a shared number exists.</returns>
    public static bool CanPrintSameNumber(NumberPattern first, NumberPattern second)
    {
        var a = NumberAutomaton.Of(first);
        var b = NumberAutomaton.Of(second);
        var seen = new HashSet<(int, int)>();
        var pending = new Queue<(int A, int B)>();
        Visit((NumberAutomaton.Start, NumberAutomaton.Start));
        while (pending.TryDequeue(out var pair))
        {
            if (pair.A == a.Accept && pair.B == b.Accept)
                return true;
            foreach (var moveA in a.From(pair.A))
            {
                if (moveA.On is not { } onA)
                {
                    Visit((moveA.Target, pair.B));
                    continue;
                }
                foreach (var moveB in b.From(pair.B))
                {
                    if (moveB.On is { } onB && onA.Overlaps(onB))
                        Visit((moveA.Target, moveB.Target));
                }
            }
            foreach (var moveB in b.From(pair.B))
            {
                if (moveB.On is null)
                    Visit((pair.A, moveB.Target));
            }
        }
        return false;

        void Visit((int A, int B) pair)
        {
            if (seen.Add(pair))
                pending.Enqueue(pair);
        }
    }
}
