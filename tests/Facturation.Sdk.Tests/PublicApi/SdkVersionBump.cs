using Facturation.Sdk.Plugins;

namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>
/// The SDK's semantic versioning policy (sdk/README.md) applied to an API change: removing or changing a declaration
/// breaks plugins built against the current version (major), adding one does not (minor).
/// </summary>
internal static class SdkVersionBump
{
    /// <summary>Which part of the version must move and the version it gives.</summary>
    /// <param name="current">The SDK version now.</param>
    /// <param name="removed">How many declarations were removed or changed.</param>
    /// <param name="added">How many declarations were added.</param>
    /// <returns>E.g. <c>minor: only additions, so 1.4.0</c>.</returns>
    public static string Describe(SemanticVersion current, int removed, int added) =>
        removed > 0 ? $"major: removed or changed members break plugins built against {current}, so {current.Major + 1}.0.0"
        : added > 0 ? $"minor: only additions, so {current.Major}.{current.Minor + 1}.0"
        : $"none: the same declarations in another layout or order, so {current} stays";
}
