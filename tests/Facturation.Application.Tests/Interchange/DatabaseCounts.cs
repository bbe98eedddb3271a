using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Interchange;

/// <summary>How many rows each table an import writes holds, to show that a refused import wrote nothing.</summary>
internal sealed record DatabaseCounts(int Companies, int Customers, int Items, int Documents, int Lines, int AuditEvents)
{
    public static async Task<DatabaseCounts> ReadAsync(TestApp app)
    {
        await using var db = await app.DbAsync();
        return new DatabaseCounts(
            await db.Companies.CountAsync(),
            await db.Customers.CountAsync(),
            await db.CatalogItems.CountAsync(),
            await db.Documents.CountAsync(),
            (await db.Documents.ToListAsync()).Sum(d => d.Lines.Count),
            await db.AuditEvents.CountAsync());
    }
}
