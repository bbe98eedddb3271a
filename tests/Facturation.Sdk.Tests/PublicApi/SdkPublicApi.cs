using PublicApiGenerator;

namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>The SDK's public API as C# declarations, written by PublicApiGenerator: the text the approval test compares.</summary>
internal static class SdkPublicApi
{
    /// <summary>Every public type and member of <c>Facturation.Sdk</c>, namespace by namespace.</summary>
    /// <returns>The listing, <c>\n</c> line ends and a final line end.</returns>
    public static string Generate() =>
        typeof(SdkInfo).Assembly.GeneratePublicApi(Options()).ReplaceLineEndings("\n") + "\n";

    private static ApiGeneratorOptions Options() => new()
    {
        // The SDK puts its service-collection extensions in Microsoft.Extensions.DependencyInjection (where plugins look
        // for them), and the generator leaves System.* and Microsoft.* out by default: every public type here is the SDK's own.
        DenyNamespacePrefixes = [],
        // Records stay records (the generator's default writes them as classes).
        TreatRecordsAsClasses = false,
        // The target framework attribute is the only assembly attribute; it says how the SDK is built, not what it offers.
        IncludeAssemblyAttributes = false,
        OrderBy = OrderMode.NamespaceThenFullName,
        // Braces on their own lines, four spaces per level: the layout ApiListing reads (pinned against new defaults).
        BracingStyle = "Block",
        IndentString = "    ",
    };
}
