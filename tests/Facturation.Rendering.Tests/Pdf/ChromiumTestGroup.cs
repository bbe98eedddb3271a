namespace Facturation.Rendering.Tests.Pdf;

/// <summary>PDF tests run one class at a time: they share a browser and count Chromium processes.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumTestGroup : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
