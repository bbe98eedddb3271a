using System.Globalization;

namespace Facturation.Benchmarks.Running;

/// <summary>Options shared by every scenario.</summary>
/// <param name="Runs">Measured runs per measured case (default 20).</param>
/// <param name="Warmups">Unmeasured runs first, so disk cache and runtime files are warm (default 3).</param>
/// <param name="Invoices">Invoices issued per run by scenarios that issue (default 2,000).</param>
internal sealed record BenchmarkOptions(int Runs, int Warmups, int Invoices)
{
    public const int DefaultRuns = 20;
    public const int DefaultWarmups = 3;
    public const int DefaultInvoices = 2000;
    public const int DefaultEntries = 1_000_000;

    /// <summary>Ledger entries exported by the <c>fec</c> scenario (default 1,000,000).</summary>
    public int Entries { get; init; } = DefaultEntries;

    /// <summary>Reads <c>--runs N</c>, <c>--warmup N</c>, <c>--invoices N</c> and <c>--entries N</c>; anything else is an error.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var runs = DefaultRuns;
        var warmups = DefaultWarmups;
        var invoices = DefaultInvoices;
        var entries = DefaultEntries;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--runs":
                    runs = ReadCount(args, ++i, "--runs", minimum: 1);
                    break;
                case "--warmup":
                    warmups = ReadCount(args, ++i, "--warmup", minimum: 0);
                    break;
                case "--invoices":
                    invoices = ReadCount(args, ++i, "--invoices", minimum: 8);
                    break;
                case "--entries":
                    entries = ReadCount(args, ++i, "--entries", minimum: 10);
                    break;
                default:
                    throw new BenchmarkAbortedException($"Unknown option '{args[i]}'.");
            }
        }
        return new BenchmarkOptions(runs, warmups, invoices) { Entries = entries };
    }

    private static int ReadCount(IReadOnlyList<string> args, int index, string option, int minimum)
    {
        if (index >= args.Count
            || !int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value < minimum)
            throw new BenchmarkAbortedException($"{option} expects a whole number >= {minimum}.");
        return value;
    }
}
