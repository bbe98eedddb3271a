using Facturation.Sdk.Plugins;

namespace Facturation.Sdk.Tests.PublicApi;

public class ApiDifferenceTests
{
    private const string DisplayName = "        string DisplayName { get; }\n";

    private const string Id = "        string Id { get; }\n";

    private const string Country = "        string Country { get; }\n";

    private const string Major = "major: removed or changed members break plugins built against 1.2.3, so 2.0.0";

    // From the last member of INumberingScheme to the first of ITaxRegime.
    private const string BetweenTheTypes = "    }\n}\nnamespace Facturation.Sdk.Taxes\n{\n    public interface ITaxRegime\n    {\n";

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

    [Theory]
    [InlineData(DisplayName + Id, DisplayName + Id + Country, "+ [Facturation.Sdk.Taxes.ITaxRegime] string Country { get; }", "minor: only additions, so 1.3.0")]
    [InlineData(DisplayName + Id, DisplayName, "- [Facturation.Sdk.Taxes.ITaxRegime] string Id { get; }", Major)]
    [InlineData(Id + BetweenTheTypes + DisplayName, Id + DisplayName + BetweenTheTypes, "- [Facturation.Sdk.Taxes.ITaxRegime] string DisplayName { get; }|+ [Facturation.Sdk.Numbering.INumberingScheme] string DisplayName { get; }", Major)]
    [InlineData(DisplayName + Id, Id + DisplayName, "", "none: the same declarations in another layout or order, so 1.2.3 stays")]
    public void Describe_ListsEachChangedDeclarationWithItsOwnerAndTheVersionItCallsFor(string approvedText, string receivedText, string listed, string version)
    {
        var message = Describe(Approved.Replace(approvedText, receivedText, StringComparison.Ordinal));

        Assert.Equal(listed.Split('|', StringSplitOptions.RemoveEmptyEntries), Listed(message));
        Assert.Contains($"per semantic versioning ({version}", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ShowsFirstDifferingLineAndHowToAccept()
    {
        var message = Describe(Approved.Replace("string DisplayName", "string Name", StringComparison.Ordinal));

        Assert.Contains("line 12", message, StringComparison.Ordinal);
        Assert.Contains("approved:         string DisplayName { get; }", message, StringComparison.Ordinal);
        Assert.Contains("received:         string Name { get; }", message, StringComparison.Ordinal);
        Assert.Contains("cp \"received.txt\" \"approved.txt\"", message, StringComparison.Ordinal);
    }

    private static string Describe(string received) =>
        ApiDifference.Describe(Approved, received, "approved.txt", "received.txt", Current);

    // The removed ("- ") and added ("+ ") declarations the message lists, in order.
    private static List<string> Listed(string message) =>
        [.. message.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("- ", StringComparison.Ordinal) || l.StartsWith("+ ", StringComparison.Ordinal))];
}
