namespace Facturation.Host.Cli.EInvoicing;

/// <summary>A rule a received e-invoice breaks, as printed (the code is the published rule id, e.g. BR-CO-15).</summary>
internal sealed record ProblemView(string? Field, string Code, string Message);
