using System.Collections.Concurrent;

namespace Facturation.Rendering.Payments;

/// <summary>
/// The QR code image (an SVG data URI) of recent EPC payloads. Encoding a QR code costs about 0.3 ms, most of a
/// document's render; an issued document's payload never changes and the same document is often rendered several
/// times in a row (preview, PDF, e-mail, Factur-X), so the image is kept by payload. Bounded: when full, the cache is
/// emptied and refilled (no ordering to maintain on every hit).
/// </summary>
public sealed class EpcQrCodeCache
{
    /// <summary>Default for the number of payloads kept.</summary>
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<string, string> _images = new(StringComparer.Ordinal);
    private readonly int _capacity;

    /// <summary>A cache of at most <paramref name="capacity"/> images.</summary>
    /// <param name="capacity">Payloads kept; at least 1.</param>
    public EpcQrCodeCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>Payloads currently kept.</summary>
    public int Count => _images.Count;

    /// <summary>The image of <paramref name="payload"/>: <see cref="EpcQrCode.DataUri"/> of <see cref="EpcQrCode.Svg"/>.</summary>
    /// <param name="payload">An EPC payload (<see cref="EpcQrCode.Payload"/>).</param>
    /// <returns>The data URI.</returns>
    public string DataUriOf(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (_images.TryGetValue(payload, out var known))
            return known;
        var image = EpcQrCode.DataUri(EpcQrCode.Svg(payload));
        if (_images.Count >= _capacity)
            _images.Clear();
        _images[payload] = image;
        return image;
    }
}
