namespace Facturation.Host.Cli.Documents;

/// <summary>A document this one refers to (the invoice a credit note corrects, a deducted deposit).</summary>
internal sealed record PrecedingView(string Number, string Type, DateOnly IssueDate);
