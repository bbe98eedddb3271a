using Facturation.Sdk;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Numbering;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;

namespace Facturation.PluginHost.Tests;

/// <summary>A plugin compiled against the released SDK 1.0.0 package keeps working on the current 1.x host.</summary>
public sealed class SdkCompatibilityTests
{
    [Fact]
    public async Task PluginBuiltAgainstSdk10_LoadsAndWorksOnThisHost()
    {
        using var folder = new PluginsFolder();
        var path = folder.Add("Fixtures.Sdk10");
        var inspection = EntryAssemblyInspector.Inspect(Path.Combine(path, "Fixtures.Sdk10.dll"));

        using var runtime = folder.Load();

        Assert.Equal(new Version(1, 0, 0, 0), inspection.SdkReference);
        Assert.True(SdkInfo.Version.Major == 1 && SdkInfo.Version >= Sdk.Plugins.SemanticVersion.Parse("1.0.0"));
        Assert.False(File.Exists(Path.Combine(path, "Facturation.Sdk.dll")), "a plugin must not carry its own SDK copy");
        var record = Assert.Single(runtime.Catalog.Plugins);
        Assert.Equal(PluginStatus.Loaded, record.Status);
        Assert.Equal(["tax-regime", "numbering-scheme"], record.Areas);

        var scheme = runtime.Components.Select(c => c.Instance).OfType<INumberingScheme>().Single();
        var series = scheme.DescribeSeries(new NumberingSeriesRequest(DocumentType.Invoice, SettingValues.Empty));
        Assert.Equal("V2026-12", scheme.FormatNumber(new NumberFormatRequest(DocumentType.Invoice, series, 12, new DateOnly(2026, 5, 1), SettingValues.Empty)));

        var regime = runtime.Components.Select(c => c.Instance).OfType<ITaxRegime>().Single();
        var assessment = await regime.AssessAsync(new TaxAssessmentRequest(Some.Document(), SettingValues.Empty), CancellationToken.None);
        Assert.Equal(5.5m, Assert.Single(assessment.Lines).Decision.RatePercent);
        Assert.Equal("AAB", Assert.Single(assessment.Mentions).SubjectCode);
        var refusal = await regime.AssessAsync(new TaxAssessmentRequest(Some.Document() with { Lines = [] }, SettingValues.Empty), CancellationToken.None);
        Assert.False(refusal.Succeeded);
    }
}
