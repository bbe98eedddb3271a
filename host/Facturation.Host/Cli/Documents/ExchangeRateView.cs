namespace Facturation.Host.Cli.Documents;

/// <summary>The rate from the document currency to the accounting currency.</summary>
internal sealed record ExchangeRateView(decimal Rate, string? To, DateOnly? Date, string? Source);
