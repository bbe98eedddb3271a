using Facturation.Application.Documents;
using Facturation.Application.EInvoicing;
using Facturation.Application.Tests.France;
using Facturation.Rendering.Pdf;
using Facturation.Sdk.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Application.Tests.EInvoicing;

/// <summary>A Factur-X export when the browser cannot print: refused with <c>einvoice.pdf-failed</c> and the printer's own problem.</summary>
public sealed class FacturXPrinterMissingTests
{
    [Fact]
    public async Task FacturX_WithoutAWorkingBrowser_IsRefusedAsPdfFailed_WhileTheCiiExportStillWorks()
    {
        await using var app = await TestApp.StartAsync(services =>
            services.AddSingleton(new ChromiumOptions { ExecutablePath = "/nonexistent/facturation-test/chromium" }));
        await FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();
        var invoice = await app.IssueAsync((await app.DraftAsync(lines:
        [
            new LineInput { Description = "Conseil", Quantity = 2m, UnitPrice = 100m, UnitCode = "HUR", Nature = LineNature.Service },
        ])).Id);
        var service = app.Get<EInvoiceService>();

        var hybrid = await service.ExportAsync("acme", invoice.Number, "facturx", null, default);
        var cii = await service.ExportAsync("acme", invoice.Number, "cii", null, default);

        Assert.False(hybrid.Succeeded);
        Assert.Equal("einvoice.pdf-failed", hybrid.Problems[0].Code);
        Assert.Contains(invoice.Number, hybrid.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains(hybrid.Problems.Skip(1), p => p.Code.StartsWith("render.", StringComparison.Ordinal));
        Assert.True(cii.Succeeded, string.Join("; ", cii.Problems));
    }
}
