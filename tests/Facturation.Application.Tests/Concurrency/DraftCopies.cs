using Facturation.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Concurrency;

/// <summary>
/// Many drafts at once: copies of a draft made through <see cref="Documents.DocumentService"/> (so its lines passed
/// the line rules), inserted in one transaction to keep the set-up of concurrency tests short.
/// </summary>
internal static class DraftCopies
{
    public static async Task<IReadOnlyList<Guid>> CreateAsync(TestApp app, Guid templateId, int count)
    {
        await using var db = await app.DbAsync();
        var template = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == templateId);
        Assert.NotEmpty(template.Lines);
        var copies = Enumerable.Range(0, count).Select(_ => Copy(template)).ToList();
        db.Documents.AddRange(copies);
        await db.SaveChangesAsync();
        return copies.Select(d => d.Id).ToList();
    }

    private static Document Copy(Document template)
    {
        var copy = new Document
        {
            CompanyId = template.CompanyId,
            Type = template.Type,
            CustomerId = template.CustomerId,
            Currency = template.Currency,
            CreatedAt = template.CreatedAt,
        };
        copy.Lines.AddRange(template.Lines.Select(l => new DraftLine
        {
            Position = l.Position,
            Description = l.Description,
            Quantity = l.Quantity,
            UnitCode = l.UnitCode,
            UnitPrice = l.UnitPrice,
            Discount = l.Discount,
            Nature = l.Nature,
            TaxClass = l.TaxClass,
        }));
        return copy;
    }
}
