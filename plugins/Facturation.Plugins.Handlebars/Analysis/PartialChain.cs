using System.Collections;

namespace Facturation.Plugins.Handlebars.Analysis;

/// <summary>
/// The partial blocks a place is inside of, innermost first: an immutable list whose tail is shared with the enclosing
/// places, so entering a block costs the same whatever the nesting (a hostile template nests a lot).
/// </summary>
internal sealed class PartialChain : IEnumerable<string>
{
    private PartialChain(string name, PartialChain? outer)
    {
        Name = name;
        Outer = outer;
    }

    public string Name { get; }

    public PartialChain? Outer { get; }

    public static PartialChain Enter(string name, PartialChain? outer) => new(name, outer);

    public IEnumerator<string> GetEnumerator()
    {
        for (var link = this; link is not null; link = link.Outer)
        {
            yield return link.Name;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
