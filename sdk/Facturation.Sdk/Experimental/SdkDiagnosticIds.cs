namespace Facturation.Sdk.Experimental;

/// <summary>
/// The diagnostic ids of the SDK's <see cref="System.Diagnostics.CodeAnalysis.ExperimentalAttribute"/> areas: using an
/// experimental type is a compiler error until the caller suppresses its id, acknowledging that it may change or go
/// away in any minor version (sdk/README.md lists each id).
/// </summary>
internal static class SdkDiagnosticIds
{
    /// <summary><c>Facturation.Sdk.Experimental.Payments</c>: payment gateways, not frozen until a real plugin implements them.</summary>
    internal const string ExperimentalPayments = "FACTSDK001";
}
