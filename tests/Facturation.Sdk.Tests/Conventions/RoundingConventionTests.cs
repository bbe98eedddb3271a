namespace Facturation.Sdk.Tests.Conventions;

/// <summary>One place per rule: amounts are rounded by the SDK's AmountRounding only (EN 16931, half away from zero).</summary>
public class RoundingConventionTests
{
    private const string TheOnePlace = "sdk/Facturation.Sdk/Common/AmountRounding.cs";

    // Files allowed to round something else than an amount, each with why.
    private static readonly Dictionary<string, string> NotAmounts = new(StringComparer.Ordinal)
    {
        ["plugins/Facturation.Plugins.EInvoicing/FacturX/SrgbProfile.cs"] = "ICC colour curve points in double, not money",
    };

    [Fact]
    public void ProductSources_RoundAmountsOnlyThroughAmountRounding()
    {
        var found = RoundingSources.Find();

        Assert.True(found.ContainsKey(TheOnePlace), $"the scan no longer sees the rounding in {TheOnePlace}: fix the scan");
        var offenders = found.Where(f => f.Key != TheOnePlace && !NotAmounts.ContainsKey(f.Key))
            .Select(f => $"{f.Key}: {f.Value}").ToList();
        Assert.True(offenders.Count == 0,
            "Round amounts with Facturation.Sdk.Common.AmountRounding (Round, IsRounded, HasAtMostDecimals), not by hand:\n"
            + string.Join("\n", offenders));
    }

    [Fact]
    public void AllowedExceptions_StillRound()
    {
        // An exception that no longer rounds is stale: remove it so it cannot hide a new rounding.
        var found = RoundingSources.Find();

        Assert.All(NotAmounts.Keys, path => Assert.True(found.ContainsKey(path), $"{path} no longer rounds: remove it from the allowed list"));
    }
}
