namespace Facturation.Sdk.Tests.PublicApi;

public class PublicApiApprovalTests
{
    private static string ApprovedPath => Path.Combine(Folder, "Facturation.Sdk.approved.txt");

    private static string ReceivedPath => Path.Combine(Folder, "Facturation.Sdk.received.txt");

    private static string Folder => Path.Combine(RepositoryLayout.Root, "tests", "Facturation.Sdk.Tests", "PublicApi");

    [Fact]
    public void PublicApi_MatchesApprovedText()
    {
        var received = SdkPublicApi.Generate();
        var approved = File.Exists(ApprovedPath)
            ? File.ReadAllText(ApprovedPath).Replace("\r\n", "\n", StringComparison.Ordinal)
            : string.Empty;

        if (string.Equals(approved, received, StringComparison.Ordinal))
        {
            File.Delete(ReceivedPath);
            return;
        }

        File.WriteAllText(ReceivedPath, received);
        Assert.Fail(ApiDifference.Describe(approved, received, ApprovedPath, ReceivedPath, SdkInfo.Version));
    }
}
