namespace Facturation.Sdk.Tests.Conventions;

public sealed class ProjectAssetsTests : IDisposable
{
    private const string AssetsWithTransitiveSerilog = """
        {
          "version": 3,
          "targets": {
            "net10.0": {
              "Serilog/3.1.1": { "type": "package" },
              "Serilog.Extensions.Logging/8.0.0": { "type": "package", "dependencies": { "Serilog": "2.9.0" } },
              "Shared/1.0.0": { "type": "project" }
            }
          },
          "libraries": {
            "Serilog/3.1.1": { "type": "package", "path": "serilog/3.1.1" },
            "Serilog.Extensions.Logging/8.0.0": { "type": "package", "path": "serilog.extensions.logging/8.0.0" },
            "Shared/1.0.0": { "type": "project", "path": "../Shared/Shared.csproj", "msbuildProject": "../Shared/Shared.csproj" }
          },
          "project": {
            "frameworks": {
              "net10.0": { "frameworkReferences": { "Microsoft.AspNetCore.App": {}, "Microsoft.NETCore.App": {} } }
            }
          }
        }
        """;

    private readonly string _projectDirectory = Path.Combine(Path.GetTempPath(), "facturation-assets-" + Guid.NewGuid().ToString("N"), "Project");

    public ProjectAssetsTests()
    {
        Directory.CreateDirectory(Path.Combine(_projectDirectory, "obj"));
        File.WriteAllText(Path.Combine(_projectDirectory, "obj", "project.assets.json"), AssetsWithTransitiveSerilog);
    }

    [Fact]
    public void Read_TransitivePackage_IsListedAndExplainedByItsDependent()
    {
        var assets = ProjectAssets.Read(_projectDirectory);

        var serilog = Assert.Single(assets.Libraries, library => library.Id == "Serilog");
        Assert.Equal("Serilog/3.1.1 (package, via Serilog.Extensions.Logging)", assets.Describe(serilog));
    }

    [Fact]
    public void Read_DirectPackage_IsDescribedAsDirect()
    {
        var assets = ProjectAssets.Read(_projectDirectory);

        var extensions = Assert.Single(assets.Libraries, library => library.Id == "Serilog.Extensions.Logging");
        Assert.EndsWith("(package, direct reference)", assets.Describe(extensions), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ProjectLibrary_ResolvesItsPathFromTheProjectFolder()
    {
        var shared = Assert.Single(ProjectAssets.Read(_projectDirectory).Libraries, library => library.Type == "project");

        Assert.Equal(Path.GetFullPath(Path.Combine(_projectDirectory, "..", "Shared", "Shared.csproj")), shared.ProjectPath);
    }

    [Fact]
    public void Read_FrameworkReferences_AreListed()
    {
        Assert.Equal(["Microsoft.AspNetCore.App", "Microsoft.NETCore.App"], ProjectAssets.Read(_projectDirectory).FrameworkReferences);
    }

    [Fact]
    public void Read_MissingAssetsFile_SaysToRestore()
    {
        var exception = Assert.Throws<FileNotFoundException>(() => ProjectAssets.Read(Path.Combine(_projectDirectory, "..", "Elsewhere")));

        Assert.Contains("restore", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_projectDirectory)!, recursive: true);
}
