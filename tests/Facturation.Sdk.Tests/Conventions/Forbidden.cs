namespace Facturation.Sdk.Tests.Conventions;

/// <summary>The architecture boundaries as data: what the SDK and the plugins must never depend on.</summary>
internal static class Forbidden
{
    /// <summary>
    /// Infrastructure the SDK must not drag into every plugin (STYLE.md: contracts only). Name prefixes of
    /// assemblies and package ids, compared without case as NuGet does.
    /// </summary>
    public static readonly string[] SdkDependencyPrefixes =
    [
        "Microsoft.EntityFrameworkCore",
        "Serilog",
        "ClosedXML",
        "DocumentFormat.OpenXml",
        "Microsoft.AspNetCore",
    ];

    /// <summary>Host assemblies a plugin must never reference (exact names; the exe is called <c>facturation</c>).</summary>
    public static readonly string[] HostAssemblies =
    [
        "Facturation.Host",
        "facturation",
        "Facturation.PluginHost",
    ];

    /// <summary>The kinds of assembly the SDK may reference, each with why.</summary>
    public static readonly (string Pattern, string Why)[] SdkAllowedReferences =
    [
        (@"^System$", "BCL"),
        (@"^System\..+$", "BCL"),
        (@"^netstandard$", "BCL facade"),
        (@"^mscorlib$", "BCL facade"),
        (@"^Microsoft\.Extensions\.[A-Za-z0-9.]*Abstractions$", "Microsoft.Extensions abstractions the contracts expose"),
    ];

    /// <summary>The packages the SDK's restore graph may hold.</summary>
    public static readonly (string Pattern, string Why)[] SdkAllowedPackages =
    [
        (@"^Microsoft\.Extensions\.[A-Za-z0-9.]*Abstractions$", "Microsoft.Extensions abstractions"),
        (@"^System\..+$", "BCL packages"),
        (@"^Microsoft\.Bcl\..+$", "BCL back-ports"),
        (@"^Microsoft\.NETCore\.(Platforms|Targets)$", "BCL packaging"),
        (@"^NETStandard\.Library$", "BCL packaging"),
    ];
}
