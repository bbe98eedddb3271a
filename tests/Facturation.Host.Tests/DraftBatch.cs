using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Facturation.Host.Tests;

/// <summary>A company, a customer and <c>count</c> invoice drafts brought in by one <c>facturation import</c>; their ids.</summary>
internal static class DraftBatch
{
    public static async Task<IReadOnlyList<string>> ImportAsync(CliSession session, int count)
    {
        var file = Path.Combine(Directory.CreateDirectory(session.DataFolder).FullName, "drafts.json");
        await File.WriteAllTextAsync(file, Json(count), Encoding.UTF8);
        await session.OkAsync("import", file);
        var drafts = await session.JsonAsync("invoice", "list", "--company", "acme", "--status", "draft", "--limit", "1000");
        return drafts.EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
    }

    private static string Json(int count)
    {
        var documents = Enumerable.Range(1, count).Select(i => new
        {
            sourceId = "D" + i.ToString(CultureInfo.InvariantCulture),
            companyCode = "acme",
            type = "invoice",
            customerCode = "c1",
            lines = new[] { new { description = "Conseil " + i.ToString(CultureInfo.InvariantCulture), quantity = 1 + (i % 3), unitPrice = 100m + i, unitCode = "HUR" } },
        });
        return JsonSerializer.Serialize(new
        {
            format = "facturation.interchange",
            version = 1,
            companies = new[]
            {
                new
                {
                    sourceId = "CO", code = "acme", legalName = "ACME SAS", legalForm = "SAS", siren = "732829320", vatNumber = "FR44732829320",
                    address = new { line1 = "1 rue de la Paix", postCode = "75002", city = "Paris", country = "FR" },
                },
            },
            customers = new[]
            {
                new
                {
                    sourceId = "C1", companyCode = "acme", code = "c1", name = "Client SA", siren = "552100554",
                    billingAddress = new { line1 = "2 avenue des Lilas", postCode = "69001", city = "Lyon", country = "FR" },
                },
            },
            documents,
        });
    }
}
