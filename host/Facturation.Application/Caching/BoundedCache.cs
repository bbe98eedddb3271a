using System.Collections.Concurrent;

namespace Facturation.Application.Caching;

/// <summary>
/// A process-local cache of values that never change once computed for their key (an issued document's render
/// inputs, a template version as of a revision). Bounded: when full it is emptied and refilled, which keeps every hit
/// free of bookkeeping. Concurrent callers may compute the same value twice; both results are equal.
/// </summary>
/// <typeparam name="TKey">Key.</typeparam>
/// <typeparam name="TValue">Value.</typeparam>
internal sealed class BoundedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new();

    /// <summary>Entries kept now.</summary>
    public int Count => _values.Count;

    /// <summary>The kept value of <paramref name="key"/>, if any.</summary>
    public bool TryGet(TKey key, out TValue value) => _values.TryGetValue(key, out value!);

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/>.</summary>
    public void Add(TKey key, TValue value)
    {
        if (_values.Count >= capacity)
            _values.Clear();
        _values[key] = value;
    }

    /// <summary>Forgets <paramref name="key"/>.</summary>
    public void Remove(TKey key) => _values.TryRemove(key, out _);
}
