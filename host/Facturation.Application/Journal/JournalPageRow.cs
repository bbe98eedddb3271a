using Facturation.Persistence.Journal;

namespace Facturation.Application.Journal;

/// <summary>A journal entry with its document, or <see langword="null"/> when the document no longer exists.</summary>
internal sealed record JournalPageRow(JournalEntry Entry, JournaledDocument? Document);
