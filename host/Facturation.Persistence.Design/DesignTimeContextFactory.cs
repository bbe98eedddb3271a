using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Facturation.Persistence.Design;

/// <summary>Builds the context for <c>dotnet ef</c> (a throw-away SQLite file; migrations are provider-specific).</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<FacturationDbContext>
{
    /// <inheritdoc />
    public FacturationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FacturationDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
