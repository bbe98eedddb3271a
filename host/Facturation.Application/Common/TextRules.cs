using System.Globalization;
using System.Text;

namespace Facturation.Application.Common;

/// <summary>
/// The free texts people type or import (names, address lines, descriptions, notes), one rule for every door: a
/// length limit per kind of text, printable characters only (no control character; line breaks and tabs only where a
/// text may span lines), valid Unicode, and at least one visible character (a name of zero-width spaces prints as
/// nothing on an invoice). Documented in docs/import-format.md and the README.
/// </summary>
public static class TextRules
{
    /// <summary>Names, address lines, cities, references, e-mail and electronic addresses: one line of at most 200 characters.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Item and line descriptions, allowance and charge reasons: at most 1,000 characters, line breaks allowed.</summary>
    public const int DescriptionMaxLength = 1_000;

    /// <summary>Document notes and payment terms: at most 5,000 characters, line breaks allowed.</summary>
    public const int NoteMaxLength = 5_000;

    /// <summary>Checks a one-line text of at most <see cref="NameMaxLength"/> characters.</summary>
    /// <param name="validator">Validator.</param>
    /// <param name="value">Text, or <see langword="null"/> when absent (whether it is required is checked elsewhere).</param>
    /// <param name="field">Field.</param>
    /// <returns>The validator.</returns>
    public static Validator Name(this Validator validator, string? value, string field) => Check(validator, value, field, NameMaxLength, multiline: false);

    /// <summary>Checks a description of at most <see cref="DescriptionMaxLength"/> characters.</summary>
    /// <param name="validator">Validator.</param>
    /// <param name="value">Text, or <see langword="null"/> when absent.</param>
    /// <param name="field">Field.</param>
    /// <returns>The validator.</returns>
    public static Validator Description(this Validator validator, string? value, string field) => Check(validator, value, field, DescriptionMaxLength, multiline: true);

    /// <summary>Checks a note of at most <see cref="NoteMaxLength"/> characters.</summary>
    /// <param name="validator">Validator.</param>
    /// <param name="value">Text, or <see langword="null"/> when absent.</param>
    /// <param name="field">Field.</param>
    /// <returns>The validator.</returns>
    public static Validator Note(this Validator validator, string? value, string field) => Check(validator, value, field, NoteMaxLength, multiline: true);

    private static Validator Check(Validator validator, string? value, string field, int maxLength, bool multiline)
    {
        ArgumentNullException.ThrowIfNull(validator);
        // A blank required field is already reported as required.
        if (string.IsNullOrEmpty(value) || (string.IsNullOrWhiteSpace(value) && validator.Problems.Any(p => p.Field == field && p.Code == "required")))
            return validator;
        if (value.Length > maxLength)
        {
            return validator.When(true, field, "text.too-long",
                string.Create(CultureInfo.InvariantCulture, $"{field} is {value.Length} characters long; at most {maxLength} are accepted."));
        }
        var visible = false;
        for (var i = 0; i < value.Length;)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
                return validator.When(true, field, "text.invalid", $"{field} holds a lone surrogate at position {i + 1}: it is not valid Unicode text.");
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Control && !(multiline && rune.Value is '\n' or '\r' or '\t'))
            {
                return validator.When(true, field, "text.control-character", string.Create(CultureInfo.InvariantCulture,
                    $"{field} holds the control character U+{rune.Value:X4} at position {i + 1}; only printable text{(multiline ? ", line breaks and tabs" : "")} is accepted."));
            }
            if (!multiline && category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                return validator.When(true, field, "text.control-character", $"{field} is one line: it cannot hold a line separator (position {i + 1}).");
            visible |= IsVisible(category);
            i += used;
        }
        return validator.When(!visible, field, "text.invisible", $"{field} has no visible character (only spaces or invisible characters such as U+200B).");
    }

    private static bool IsVisible(UnicodeCategory category) => category switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => false,
        _ => true,
    };
}
