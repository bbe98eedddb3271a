using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Facturation.Persistence.Tests;

/// <summary>The migration ids every command checks without building EF Core's services are EF Core's own list.</summary>
public sealed class ProgramMigrationsTests
{
    [Fact]
    public void Ids_AreTheMigrationsEfCoreFinds_InTheSameOrder()
    {
        using var db = new FacturationDbContext(FacturationDbContextOptions.For("Data Source=:memory:"));
        var efCore = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();

        Assert.True(efCore.Count > 3, $"only {efCore.Count} migrations found by EF Core");
        Assert.Equal(efCore, ProgramMigrations.Ids);
    }
}
