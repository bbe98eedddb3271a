using System.Globalization;

namespace Facturation.Benchmarks.Running;

/// <summary>Options shared by every scenario.</summary>
/// <param name="Runs">Measured runs per measured case (default 20).</param>
/// <param name="Warmups">Unmeasured runs first, so disk cache and runtime files are warm (default 3).</param>
internal sealed record BenchmarkOptions(int Runs, int Warmups)
{
    public const int DefaultRuns = 20;
    public const int DefaultWarmups = 3;

    /// <summary>Reads <c>--runs N</c> and <c>--warmup N</c>; anything else is an error.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var runs = DefaultRuns;
        var warmups = DefaultWarmups;
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
                default:
                    throw new BenchmarkAbortedException($"Unknown option '{args[i]}'.");
            }
        }
        return new BenchmarkOptions(runs, warmups);
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
