namespace Facturation.Application.Issuing;

/// <summary>What the issues of one batch share: parties and plugins read, counter and journal positions, the writer's statements.</summary>
/// <param name="Reads">Companies, customers and plugins read in this batch.</param>
/// <param name="Positions">Counters and journal tails as this batch left them.</param>
/// <param name="Statements">The writer's prepared statements.</param>
internal sealed record IssueScope(IssueBatchReads Reads, BatchPositions Positions, IssueStatements Statements);
