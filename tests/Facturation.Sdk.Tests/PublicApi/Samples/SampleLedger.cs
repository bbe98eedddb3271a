using System.Diagnostics.CodeAnalysis;

namespace Facturation.Sdk.Tests.PublicApi.Samples;

/// <summary>A type whose listing <see cref="PublicApiWriterTests"/> knows by heart: one of each member shape.</summary>
/// <typeparam name="TEntry">Entry type, to exercise constraints.</typeparam>
public abstract class SampleLedger<TEntry>
    where TEntry : class, new()
{
    public const string Journal = "sales \"main\"";

    protected SampleLedger(string? name) => Name = name;

    internal SampleLedger() => Name = null;

    public event EventHandler? Closed;

    public string? Name { get; }

    public IReadOnlyList<TEntry?> Entries { get; protected set; } = [];

    internal int HiddenCount { get; set; }

    public abstract ValueTask<int?> CountAsync(DateOnly? from, CancellationToken cancellationToken = default);

    public virtual bool TryFind(string key, [NotNullWhen(true)] out TEntry? entry)
    {
        entry = null;
        return false;
    }

    protected void OnClosed() => Closed?.Invoke(this, EventArgs.Empty);

    internal void Hidden() => HiddenCount++;

    private protected void AlsoHidden() => HiddenCount--;
}
