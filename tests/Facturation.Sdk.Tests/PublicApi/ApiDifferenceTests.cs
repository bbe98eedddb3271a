using Facturation.Sdk.Plugins;

namespace Facturation.Sdk.Tests.PublicApi;

public class ApiDifferenceTests
{
    private static readonly string Approved = """
        public interface Facturation.Sdk.Taxes.ITaxRegime
            string DisplayName { get; }
            string Id { get; }

        public interface Facturation.Sdk.Numbering.INumberingScheme
            string Id { get; }

        """.ReplaceLineEndings("\n");

    private static readonly SemanticVersion Current = new(1, 2, 3);

    [Fact]
    public void Describe_AddedMemberOnly_SuggestsMinorBump()
    {
        var received = Approved.Replace("    string Id { get; }\n\npublic interface Facturation.Sdk.Numbering", "    string Id { get; }\n    string Country { get; }\n\npublic interface Facturation.Sdk.Numbering", StringComparison.Ordinal);

        var message = ApiDifference.Describe(Approved, received, "a.txt", "r.txt", Current);

        Assert.Contains("+ [Facturation.Sdk.Taxes.ITaxRegime] string Country { get; }", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Removed", message, StringComparison.Ordinal);
        Assert.Contains("minor", message, StringComparison.Ordinal);
        Assert.Contains("1.3.0", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_RemovedMember_SuggestsMajorBumpAndNamesItsType()
    {
        var received = Approved.Replace("    string Id { get; }\n\npublic interface Facturation.Sdk.Numbering", "\npublic interface Facturation.Sdk.Numbering", StringComparison.Ordinal);

        var message = ApiDifference.Describe(Approved, received, "a.txt", "r.txt", Current);

        Assert.Contains("- [Facturation.Sdk.Taxes.ITaxRegime] string Id { get; }", message, StringComparison.Ordinal);
        Assert.DoesNotContain("[Facturation.Sdk.Numbering.INumberingScheme] string Id", message, StringComparison.Ordinal);
        Assert.Contains("major", message, StringComparison.Ordinal);
        Assert.Contains("2.0.0", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ShowsFirstDifferingLineAndHowToAccept()
    {
        var received = Approved.Replace("string DisplayName", "string Name", StringComparison.Ordinal);

        var message = ApiDifference.Describe(Approved, received, "approved.txt", "received.txt", Current);

        Assert.Contains("line 2", message, StringComparison.Ordinal);
        Assert.Contains("approved:     string DisplayName { get; }", message, StringComparison.Ordinal);
        Assert.Contains("received:     string Name { get; }", message, StringComparison.Ordinal);
        Assert.Contains("cp \"received.txt\" \"approved.txt\"", message, StringComparison.Ordinal);
    }
}
