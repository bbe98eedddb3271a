using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests;

public sealed class SchemaTests
{
    [Fact]
    public async Task Migrations_CoverTheWholeModel()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = await app.DbAsync();

        Assert.False(db.Database.HasPendingModelChanges(), "the EF model changed without a migration: run dotnet ef migrations add (see host/README.md)");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Amounts_AreStoredAsIntegerCents()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = await app.DbAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type FROM pragma_table_info('Documents') WHERE name = 'TaxInclusiveMinor'";

        Assert.Equal("INTEGER", await command.ExecuteScalarAsync());
    }
}
