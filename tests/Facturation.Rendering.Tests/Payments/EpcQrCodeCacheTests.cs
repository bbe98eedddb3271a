using Facturation.Rendering.Payments;

namespace Facturation.Rendering.Tests.Payments;

public sealed class EpcQrCodeCacheTests
{
    private const string Payload = "BCD\n002\n1\nSCT\n\nACME SAS\nFR7630006000011234567890189\nEUR240.00\n\nRF18539007547034";

    [Fact]
    public void DataUriOf_GivesTheImageOfThePayload_AndTheSameStringWhenAskedAgain()
    {
        var cache = new EpcQrCodeCache();

        var first = cache.DataUriOf(Payload);
        var second = cache.DataUriOf(Payload);

        Assert.Equal(EpcQrCode.DataUri(EpcQrCode.Svg(Payload)), first);
        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void DataUriOf_WhenFull_StartsAgainAndStillAnswersRight()
    {
        var cache = new EpcQrCodeCache(capacity: 2);

        var images = Enumerable.Range(1, 5).Select(i => (Payload: $"{Payload}{i}", Image: cache.DataUriOf($"{Payload}{i}"))).ToList();

        Assert.InRange(cache.Count, 1, 2);
        Assert.All(images, x => Assert.Equal(EpcQrCode.DataUri(EpcQrCode.Svg(x.Payload)), x.Image));
        Assert.Equal(5, images.Select(x => x.Image).Distinct().Count());
    }
}
