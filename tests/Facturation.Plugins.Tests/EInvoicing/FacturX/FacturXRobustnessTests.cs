using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.FacturX;

/// <summary>Damaged files, mutated byte by byte with a fixed seed: extraction and combination answer with a result
/// or problems, never an exception.</summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "qpdf")]
public sealed class FacturXRobustnessTests
{
    [Fact]
    public void Mutated_hybrids_never_throw_on_extract()
    {
        var hybrid = FacturXTestKit.Hybrid(HandWrittenPdf.WithAnnotations(), EInvoiceSnapshots.DomesticStandard);
        var random = new Random(20261122);
        var failures = 0;
        for (var round = 0; round < 1000; round++)
        {
            var mutated = Mutate(hybrid, random);
            var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(mutated));
            Assert.True(result.Succeeded || result.Problems.Count > 0);
            if (!result.Succeeded)
                failures++;
        }
        // Some mutations hit the attachment or the structure: the test must have exercised the failure paths.
        Assert.InRange(failures, 1, 1000);
    }

    [Fact]
    public void Mutated_inputs_never_throw_on_combine()
    {
        var pdf = HandWrittenPdf.WithAnnotations();
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var xml = FacturXTestKit.Cii(snapshot);
        var random = new Random(7);
        for (var round = 0; round < 1000; round++)
        {
            var result = FacturXTestKit.Format.Combine(new HybridInvoiceRequest(Mutate(pdf, random), xml, FacturXTestKit.Format.Profiles[0], snapshot, FacturXTestKit.Timestamp));
            Assert.True(result.Succeeded || result.Problems.Count > 0);
        }
    }

    [Fact]
    public void Mutated_object_and_cross_reference_streams_never_throw_on_extract()
    {
        var folder = FacturXTestKit.TempFolder();
        byte[] packed;
        try
        {
            var input = FacturXTestKit.Save(folder, "in.pdf", FacturXTestKit.Hybrid(HandWrittenPdf.WithAnnotations(), EInvoiceSnapshots.DomesticStandard));
            var output = Path.Combine(folder, "out.pdf");
            Assert.Equal(0, FacturXTestKit.Run("qpdf", "--object-streams=generate", input, output).ExitCode);
            packed = File.ReadAllBytes(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        Assert.True(FacturXTestKit.Format.Extract(new EInvoiceReadRequest(packed)).Succeeded);
        var random = new Random(31);
        for (var round = 0; round < 1000; round++)
        {
            var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(Mutate(packed, random)));
            Assert.True(result.Succeeded || result.Problems.Count > 0);
        }
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var copy = (byte[])source.Clone();
        var changes = random.Next(1, 8);
        for (var i = 0; i < changes; i++)
        {
            // Aim half of the changes at the syntax-heavy end of the file (update, table, trailer).
            var at = random.Next(2) == 0 ? random.Next(copy.Length) : copy.Length - 1 - random.Next(Math.Min(copy.Length, 3000));
            copy[at] = random.Next(4) switch
            {
                0 => (byte)random.Next(256),
                1 => (byte)"0123456789"[random.Next(10)],
                2 => (byte)"<>[]()/ R"[random.Next(9)],
                _ => 0,
            };
        }
        return random.Next(5) == 0 ? copy[..random.Next(copy.Length)] : copy;
    }
}
