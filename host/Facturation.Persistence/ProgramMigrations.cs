using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Facturation.Persistence;

/// <summary>
/// The ids of the migrations this program carries, found as EF Core finds them (the <see cref="Migration"/> types of
/// this assembly for <see cref="FacturationDbContext"/>, by their <see cref="MigrationAttribute"/>) but without building
/// a context and EF Core's services: every command asks, and a database that is current needs nothing more.
/// </summary>
public static class ProgramMigrations
{
    private static readonly Lazy<List<string>> Found = new(Find);

    /// <summary>The migration ids, oldest first (EF Core orders them by id).</summary>
    public static IReadOnlyList<string> Ids => Found.Value;

    private static List<string> Find() =>
        typeof(FacturationDbContext).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Migration)) && !type.IsAbstract
                && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(FacturationDbContext))
            .Select(type => type.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
}
