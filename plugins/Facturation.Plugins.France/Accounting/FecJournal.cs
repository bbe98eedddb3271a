namespace Facturation.Plugins.France.Accounting;

/// <summary>A journal as the FEC writes it.</summary>
/// <param name="Code">JournalCode, e.g. <c>VE</c>.</param>
/// <param name="Label">JournalLib, e.g. <c>Journal des ventes</c>.</param>
internal sealed record FecJournal(string Code, string Label);
