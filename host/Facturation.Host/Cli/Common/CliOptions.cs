using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Facturation.Application.Common;

namespace Facturation.Host.Cli.Common;

/// <summary>
/// Option builders. Numbers and dates are read with the invariant culture (a '.' decimal separator, dates
/// yyyy-MM-dd) whatever the machine's locale; a malformed value is an error naming the option and the rule.
/// </summary>
internal static class CliOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Write JSON (camelCase) instead of text." };

    /// <summary><c>--out</c>: a regular file to write, replaced if it exists (checked with <see cref="OutputFile.Check"/>).</summary>
    public static Option<FileInfo> OutputFile() =>
        new("--out") { Description = "The file to write (replaced if it exists; a device, fifo or /proc file is refused).", Required = true };

    public static Option<string> Company() => new("--company") { Description = "Company code.", Required = true };

    public static Option<string?> Text(string name, string description, bool required = false) =>
        new(name) { Description = description, Required = required };

    /// <summary>A decimal read exactly (<see cref="DecimalText"/>): more digits than an amount keeps is an error, never a rounding.</summary>
    public static Option<decimal?> Decimal(string name, string description, bool required = false) =>
        Parsed<decimal>(name, description, required, "decimal", "a decimal number with '.' as the decimal separator (e.g. 12.50)",
            token => DecimalText.TryParse(token, out var value) ? value : null,
            token => decimal.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
                ? DecimalText.NotExact(token)
                : null);

    /// <summary>A date within <see cref="DateRules"/> (1900-01-01 to 2099-12-31).</summary>
    public static Option<DateOnly?> Date(string name, string description) =>
        Parsed<DateOnly>(name, description, false, "yyyy-MM-dd", "a date written yyyy-MM-dd (e.g. 2025-03-31)",
            token => ParseDate(token) is { } date && DateRules.IsInRange(date) ? date : null,
            token => ParseDate(token) is { } date ? DateRules.OutOfRange(date) : null);

    public static Option<int?> Integer(string name, string description) =>
        Parsed<int>(name, description, false, "integer", "a whole number (e.g. 30)",
            token => int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null);

    /// <summary>One of a fixed list of words, e.g. <c>--kind business|public|consumer</c>.</summary>
    public static Option<T?> Choice<T>(string name, string description, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var words = string.Join("|", choices.Keys);
        return Parsed<T>(name, description + ".", false, words, $"one of {words}",
            token => choices.TryGetValue(token, out var value) ? value : null);
    }

    /// <summary>A repeatable <c>key=value</c> option, e.g. <c>--unit-label fr=heure --unit-label en=hour</c>.</summary>
    public static Option<IReadOnlyList<KeyValuePair<string, string>>> Pairs(string name, string description)
    {
        var option = new Option<IReadOnlyList<KeyValuePair<string, string>>>(name)
        {
            Description = description,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => [],
        };
        option.CustomParser = result =>
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var token in result.Tokens.Select(t => t.Value))
            {
                var equals = token.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                    result.AddError($"Option '{name}': '{token}' is not key=value.");
                else
                    pairs.Add(new(token[..equals], token[(equals + 1)..]));
            }
            return pairs;
        };
        return option;
    }

    /// <summary>The id a <c>create</c> command printed.</summary>
    public static Argument<Guid> DocumentId()
    {
        var argument = new Argument<Guid>("id") { Description = "Document id (printed by the create command)." };
        argument.CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Guid.TryParse(token, CultureInfo.InvariantCulture, out var id))
                return id;
            result.AddError($"Argument 'id': '{token}' is not a document id (the GUID printed by the create command).");
            return Guid.Empty;
        };
        return argument;
    }

    /// <summary>Adds options to a command.</summary>
    public static void AddTo(Command command, params IEnumerable<Option> options)
    {
        foreach (var option in options)
            command.Options.Add(option);
    }

    /// <summary>An optional text given on the command line over the current value; an empty text clears it.</summary>
    public static string? Overlay(string? given, string? current) => given is null ? current : given.Length == 0 ? null : given;

    private static DateOnly? ParseDate(string token) =>
        DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    // explain: the message when the token has the right shape but breaks a rule (too precise, out of range), else null.
    private static Option<T?> Parsed<T>(string name, string description, bool required, string helpName, string rule, Func<string, T?> parse,
        Func<string, string?>? explain = null)
        where T : struct
    {
        var option = new Option<T?>(name) { Description = description, Required = required, HelpName = helpName };
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
                return null;
            var token = result.Tokens[0].Value;
            if (parse(token) is { } value)
                return value;
            result.AddError($"Option '{name}': {explain?.Invoke(token) ?? $"'{token}' is not {rule}"}.");
            return null;
        };
        return option;
    }
}
