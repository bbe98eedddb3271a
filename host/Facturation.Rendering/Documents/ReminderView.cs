namespace Facturation.Rendering.Documents;

/// <summary>What a payment reminder adds to the invoice it recalls.</summary>
/// <param name="Date">Date of the reminder, formatted.</param>
/// <param name="DaysLate">Days past the due date.</param>
/// <param name="Text">The reminder's sentence in the language.</param>
public sealed record ReminderView(string Date, int DaysLate, string Text);
