namespace Fixtures.NoEntry;

public sealed class NotAnEntry(string name)
{
    public string Name => name;
}
