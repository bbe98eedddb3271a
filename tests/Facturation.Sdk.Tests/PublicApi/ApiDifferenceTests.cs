using Facturation.Sdk.Plugins;

namespace Facturation.Sdk.Tests.PublicApi;

public class ApiDifferenceTests
{
    private static readonly string Approved = """
        namespace Facturation.Sdk.Numbering
        {
            public interface INumberingScheme
            {
                string Id { get; }
            }
        }
        namespace Facturation.Sdk.Taxes
        {
            public interface ITaxRegime
            {
                string DisplayName { get; }
                string Id { get; }
            }
        }

        """.ReplaceLineEndings("\n");

    private static readonly SemanticVersion Current = new(1, 2, 3);

    [Fact]
    public void Describe_AddedMemberOnly_SuggestsMinorBump()
    {
        var received = Approved.Replace("        string Id { get; }\n    }\n}\n", "        string Id { get; }\n        string Country { get; }\n    }\n}\n", StringComparison.Ordinal);

        var message = ApiDifference.Describe(Approved, received, "a.txt", "r.txt", Current);

        Assert.Contains("+ [Facturation.Sdk.Taxes.ITaxRegime] string Country { get; }", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Removed", message, StringComparison.Ordinal);
        Assert.Contains("minor: only additions, so 1.3.0", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_RemovedMember_SuggestsMajorBumpAndNamesItsType()
    {
        var received = Approved.Replace("        string DisplayName { get; }\n        string Id { get; }\n", "        string DisplayName { get; }\n", StringComparison.Ordinal);

        var message = ApiDifference.Describe(Approved, received, "a.txt", "r.txt", Current);

        Assert.Contains("- [Facturation.Sdk.Taxes.ITaxRegime] string Id { get; }", message, StringComparison.Ordinal);
        Assert.DoesNotContain("[Facturation.Sdk.Numbering.INumberingScheme] string Id", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Added", message, StringComparison.Ordinal);
        Assert.Contains("major: removed or changed members break plugins built against 1.2.3, so 2.0.0", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_MemberMovedToAnotherType_IsRemovedFromOneAndAddedToTheOther()
    {
        var received = Approved
            .Replace("        string DisplayName { get; }\n", string.Empty, StringComparison.Ordinal)
            .Replace("    {\n        string Id { get; }\n    }\n}\nnamespace Facturation.Sdk.Taxes", "    {\n        string DisplayName { get; }\n        string Id { get; }\n    }\n}\nnamespace Facturation.Sdk.Taxes", StringComparison.Ordinal);

        var message = ApiDifference.Describe(Approved, received, "a.txt", "r.txt", Current);

        Assert.Contains("- [Facturation.Sdk.Taxes.ITaxRegime] string DisplayName { get; }", message, StringComparison.Ordinal);
        Assert.Contains("+ [Facturation.Sdk.Numbering.INumberingScheme] string DisplayName { get; }", message, StringComparison.Ordinal);
        Assert.Contains("2.0.0", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_SameDeclarationsReordered_SuggestsNoBump()
    {
        var received = Approved.Replace("        string DisplayName { get; }\n        string Id { get; }\n", "        string Id { get; }\n        string DisplayName { get; }\n", StringComparison.Ordinal);

        var message = ApiDifference.Describe(Approved, received, "a.txt", "r.txt", Current);

        Assert.DoesNotContain("Removed", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Added", message, StringComparison.Ordinal);
        Assert.Contains("none: the same declarations in another layout or order, so 1.2.3 stays", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ShowsFirstDifferingLineAndHowToAccept()
    {
        var received = Approved.Replace("string DisplayName", "string Name", StringComparison.Ordinal);

        var message = ApiDifference.Describe(Approved, received, "approved.txt", "received.txt", Current);

        Assert.Contains("line 12", message, StringComparison.Ordinal);
        Assert.Contains("approved:         string DisplayName { get; }", message, StringComparison.Ordinal);
        Assert.Contains("received:         string Name { get; }", message, StringComparison.Ordinal);
        Assert.Contains("cp \"received.txt\" \"approved.txt\"", message, StringComparison.Ordinal);
    }
}
