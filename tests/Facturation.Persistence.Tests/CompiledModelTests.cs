using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Persistence.Tests;

/// <summary>
/// The compiled model (host/Facturation.Persistence/CompiledModel) is what every process uses instead of building the
/// model at start: it must be exactly what <c>dotnet ef dbcontext optimize</c> makes of the current model, or a changed
/// entity would be read and written with the old mapping. The model is compiled again here, in memory, with the same
/// generator and options, and compared file by file.
/// </summary>
public sealed partial class CompiledModelTests
{
    private const string Regenerate =
        "dotnet tool restore && dotnet ef dbcontext optimize -p host/Facturation.Persistence -s host/Facturation.Persistence.Design -o CompiledModel -n Facturation.Persistence.CompiledModel";

    [Fact]
    public void CompiledModel_IsWhatTheCurrentModelCompilesTo()
    {
        var output = Directory.CreateTempSubdirectory("facturation-compiled-model-");
        try
        {
            var generated = Generate(output.FullName);

            var expected = Directory.GetFiles(RepositoryFolders.CompiledModel, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            var actual = generated.Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(actual), $"The compiled model's files differ from the model's: regenerate it with `{Regenerate}`. Checked in: {string.Join(", ", expected)}; generated: {string.Join(", ", actual)}.");
            foreach (var file in generated)
            {
                var checkedIn = Path.Combine(RepositoryFolders.CompiledModel, Path.GetFileName(file));
                Assert.True(Text(checkedIn) == Text(file), $"{Path.GetFileName(file)} is out of date with the model: regenerate the compiled model with `{Regenerate}`.");
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public void CompiledModel_HasEveryEntityOfTheModel()
    {
        using var db = new FacturationDbContext(FacturationDbContextOptions.For("Data Source=:memory:"));

        var compiled = db.Model.GetEntityTypes().Select(e => e.Name).Order(StringComparer.Ordinal);
        var built = db.GetService<IDesignTimeModel>().Model.GetEntityTypes().Select(e => e.Name).Order(StringComparer.Ordinal);

        Assert.Equal(built, compiled);
        Assert.IsType<CompiledModel.FacturationDbContextModel>(db.Model, exactMatch: false);
    }

    // The same services `dotnet ef` builds: EF Core's design-time services, the context's, and the provider's (named by
    // its DesignTimeProviderServices attribute, as the tools find them), then the same options as `dbcontext optimize`.
    private static IReadOnlyList<string> Generate(string folder)
    {
        using var db = new FacturationDbContext(new DbContextOptionsBuilder<FacturationDbContext>().UseSqlite("Data Source=:memory:").Options);
        var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(db);
        ProviderDesignTimeServices(typeof(SqliteDbContextOptionsBuilderExtensions).Assembly).ConfigureDesignTimeServices(services);
        using var provider = services.BuildServiceProvider();
        var scaffolder = provider.GetRequiredService<ICompiledModelScaffolder>();
        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = typeof(FacturationDbContext),
            ModelNamespace = "Facturation.Persistence.CompiledModel",
            Language = "C#",
            UseNullableReferenceTypes = true,
        };
        return scaffolder.ScaffoldModel(db.GetService<IDesignTimeModel>().Model, folder, options);
    }

    private static IDesignTimeServices ProviderDesignTimeServices(Assembly providerAssembly)
    {
        var attribute = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()
            ?? throw new InvalidOperationException($"{providerAssembly.GetName().Name} names no design-time services.");
        var type = providerAssembly.GetType(attribute.TypeName, throwOnError: true)!;
        return (IDesignTimeServices)Activator.CreateInstance(type)!;
    }

    // The model id is a new Guid at each generation (it only tells models apart at run time): not compared.
    private static string Text(string path) =>
        ModelId().Replace(File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n").TrimStart('\uFEFF'), "modelId: new Guid(\"-\")");

    [GeneratedRegex("modelId: new Guid\\(\"[0-9a-f-]+\"\\)")]
    private static partial Regex ModelId();
}
