using Facturation.Benchmarks.Running;

// Usage: dotnet run -c Release --project tests/Facturation.Benchmarks -- <scenario> [--runs N] [--warmup N] [--invoices N] [--entries N]
return await BenchmarkCommandLine.RunAsync(args, Console.Out, Console.Error);
