namespace Facturation.Plugins.Handlebars.Syntax;

/// <summary>A problem found in a template text, at an offset that becomes a line and column.</summary>
/// <param name="Message">What is wrong, written for the admin who edits the template.</param>
/// <param name="Offset">Where, as an offset in the text.</param>
internal sealed record SyntaxIssue(string Message, int Offset);
