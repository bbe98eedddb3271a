using System.Text;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.Cii;

/// <summary>Damaged files give problems, never exceptions.</summary>
public sealed class CiiRobustnessTests
{
    [Fact]
    public void Damaged_values_never_throw()
    {
        var text = Encoding.UTF8.GetString(CiiTestKit.Export(EInvoiceSnapshots.MixedRatesWithAllowancesAndCharges));
        var random = new Random(20261122);
        var refused = 0;
        for (var attempt = 0; attempt < 300; attempt++)
        {
            // Damage the text content of one element (between '>' and '<'), keeping the file well-formed.
            var chars = text.ToCharArray();
            var position = random.Next(chars.Length);
            var open = text.LastIndexOf('>', position);
            var close = text.IndexOf('<', position);
            if (open < 0 || close < 0 || close - open < 2)
                continue;
            for (var i = open + 1; i < close; i++)
                chars[i] = "x-9.,/ 0AE"[random.Next(10)];
            var import = CiiTestKit.Format.Read(new EInvoiceReadRequest(Encoding.UTF8.GetBytes(new string(chars))));
            if (!import.Succeeded)
            {
                refused++;
                Assert.NotEmpty(import.Problems);
            }
        }
        Assert.True(refused > 0);
    }

    [Fact]
    public void Removed_elements_never_throw()
    {
        var xml = CiiTestKit.Export(EInvoiceSnapshots.FinalInvoiceAfterDeposit);
        var (document, _) = CiiTestKit.Parse(xml);
        var count = document.SelectNodes("//*")!.Count;
        var refused = 0;
        for (var index = 1; index < count; index++)
        {
            var (copy, _) = CiiTestKit.Parse(xml);
            var node = copy.SelectNodes("//*")![index]!;
            node.ParentNode!.RemoveChild(node);
            using var stream = new MemoryStream();
            copy.Save(stream);
            var import = CiiTestKit.Format.Read(new EInvoiceReadRequest(stream.ToArray()));
            refused += import.Succeeded ? 0 : 1;
        }
        Assert.True(refused > 0);
    }
}
