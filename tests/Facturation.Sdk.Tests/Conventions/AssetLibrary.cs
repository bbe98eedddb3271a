namespace Facturation.Sdk.Tests.Conventions;

/// <summary>A package or project in a project's restore graph.</summary>
/// <param name="Id">Package id or project name.</param>
/// <param name="Version">Resolved version.</param>
/// <param name="Type"><c>package</c> or <c>project</c>.</param>
/// <param name="ProjectPath">Absolute path of the .csproj for a project, otherwise <see langword="null"/>.</param>
internal sealed record AssetLibrary(string Id, string Version, string Type, string? ProjectPath);
