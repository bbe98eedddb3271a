using System.Globalization;
using System.Text;

namespace Facturation.Plugins.Tests.France.Accounting;

/// <summary>
/// Checks an FEC file against the rules of COMPLIANCE.md (g) (LPF art. A.47 A-1), knowing nothing of the code
/// that wrote it: it has no reference to the plugin, so other test projects can link it (with FecViolation.cs).
/// It returns every violation found, one rule constant each; an empty list means the file passes.
/// </summary>
public static class FecFileChecker
{
    public const string FileNameRule = "file-name";
    public const string SeparatorRule = "separator";
    public const string HeaderRule = "header";
    public const string FieldCountRule = "field-count";
    public const string DateRule = "date";
    public const string AmountRule = "amount";
    public const string DebitXorCreditRule = "debit-xor-credit";
    public const string MandatoryRule = "mandatory";
    public const string AccountNumberRule = "account-number";
    public const string AuxiliaryPairRule = "auxiliary-pair";
    public const string CurrencyRule = "currency";
    public const string EntryBalanceRule = "entry-balance";
    public const string FileBalanceRule = "file-balance";
    public const string NumberingRule = "numbering";
    public const string ContiguousRule = "contiguous";
    public const string ValidationOrderRule = "validation-order";

    /// <summary>
    /// The 18 fields in the published order (LPF art. A.47 A-1), written here on purpose rather than taken from the
    /// plugin's <c>FecField</c>: this checker is the oracle that order is judged by. Every index below comes from it.
    /// </summary>
    public static IReadOnlyList<string> FieldNames { get; } =
    [
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef",
        "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
    ];

    private static readonly int JournalCode = Index(nameof(JournalCode)), EcritureNum = Index(nameof(EcritureNum)),
        EcritureDate = Index(nameof(EcritureDate)), CompteNum = Index(nameof(CompteNum)), CompAuxNum = Index(nameof(CompAuxNum)),
        CompAuxLib = Index(nameof(CompAuxLib)), PieceDate = Index(nameof(PieceDate)), Debit = Index(nameof(Debit)),
        Credit = Index(nameof(Credit)), DateLet = Index(nameof(DateLet)), ValidDate = Index(nameof(ValidDate)),
        Montantdevise = Index(nameof(Montantdevise)), Idevise = Index(nameof(Idevise));
    private static readonly int[] Mandatory = [.. new[]
    {
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "PieceRef", "PieceDate", "EcritureLib", "ValidDate",
    }.Select(Index)];
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = "," };

    /// <summary>Checks a file on disk: its name, then its content read as UTF-8 (a BOM would spoil the header).</summary>
    public static IReadOnlyList<FecViolation> CheckFile(string path, string expectedSiren, DateOnly closingDate)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(File.ReadAllBytes(path));
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        return Check(Path.GetFileName(path), lines, expectedSiren, closingDate);
    }

    /// <summary>Checks a file given as its name and lines (without line ends).</summary>
    public static IReadOnlyList<FecViolation> Check(string fileName, IReadOnlyList<string> lines, string expectedSiren, DateOnly closingDate)
    {
        var violations = new List<FecViolation>(CheckFileName(fileName, expectedSiren, closingDate));
        violations.AddRange(CheckLines(lines));
        return violations;
    }

    /// <summary>The name must be <c>&lt;SIREN&gt;FEC&lt;AAAAMMJJ&gt;.txt</c> with the company's SIREN and the closing date.</summary>
    public static IReadOnlyList<FecViolation> CheckFileName(string fileName, string expectedSiren, DateOnly closingDate)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var expected = string.Create(CultureInfo.InvariantCulture, $"{expectedSiren}FEC{closingDate:yyyyMMdd}.txt");
        var shaped = fileName.Length == 24 && fileName[..9].All(char.IsAsciiDigit) && fileName[9..12] == "FEC"
            && IsDate(fileName[12..20]) && fileName[20..] == ".txt";
        if (!shaped)
            return [new(FileNameRule, null, $"'{fileName}' does not match <SIREN>FEC<AAAAMMJJ>.txt")];
        return fileName == expected ? [] : [new(FileNameRule, null, $"'{fileName}' should be '{expected}' (SIREN and closing date)")];
    }

    /// <summary>Checks the header and every record, then the balances.</summary>
    public static IReadOnlyList<FecViolation> CheckLines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var violations = new List<FecViolation>();
        if (lines.Count == 0)
        {
            violations.Add(new(HeaderRule, 1, "the file is empty; its first line must be the 18 field names"));
            return violations;
        }
        var header = lines[0];
        bool hasTab = header.Contains('\t'), hasPipe = header.Contains('|');
        if (hasTab == hasPipe)
            violations.Add(new(SeparatorRule, 1, hasTab ? "the header mixes tab and pipe" : "the header has neither tab nor pipe separators"));
        if (!hasTab && !hasPipe)
        {
            violations.Add(new(HeaderRule, 1, "the header cannot be split into fields"));
            return violations;
        }
        var separator = hasTab ? '\t' : '|';
        var other = hasTab ? '|' : '\t';
        if (!header.Split(separator).SequenceEqual(FieldNames, StringComparer.Ordinal))
            violations.Add(new(HeaderRule, 1, $"expected '{string.Join(' ', FieldNames)}', got '{header.Replace(separator, ' ')}'"));

        var scan = new Scan(violations);
        for (var i = 1; i < lines.Count; i++)
        {
            var number = i + 1;
            if (!lines[i].Contains(separator, StringComparison.Ordinal) && lines[i].Contains(other, StringComparison.Ordinal))
                violations.Add(new(SeparatorRule, number, $"the record uses '{Show(other)}' while the header uses '{Show(separator)}'"));
            var fields = lines[i].Split(separator);
            if (fields.Length != FieldNames.Count)
                violations.Add(new(FieldCountRule, number, $"{fields.Length} fields instead of {FieldNames.Count}"));
            else
                scan.Record(fields, number);
        }
        scan.Finish();
        return violations;
    }

    private static int Index(string fieldName) => FieldNames.ToList().IndexOf(fieldName);

    private static string Show(char separator) => separator == '\t' ? "tab" : "|";

    private static bool IsDate(string text) =>
        text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsAmount(string text, bool signed)
    {
        var rest = signed && text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        var comma = rest.IndexOf(',');
        var units = comma < 0 ? rest : rest[..comma];
        var decimals = comma < 0 ? ReadOnlySpan<char>.Empty : rest[(comma + 1)..];
        return units.Length > 0 && !units.ContainsAnyExceptInRange('0', '9')
            && (comma < 0 || (decimals.Length is 1 or 2 && !decimals.ContainsAnyExceptInRange('0', '9')));
    }

    private static decimal ParseAmount(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, DecimalComma);

    /// <summary>What the record checks remember from one line to the next: entries, numbers, totals, dates.</summary>
    private sealed class Scan(List<FecViolation> violations)
    {
        private readonly Dictionary<string, (decimal Debit, decimal Credit, int FirstLine)> _entries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _lastNumber = new(StringComparer.Ordinal);
        private string? _currentEntry;
        private decimal _fileDebit;
        private decimal _fileCredit;
        private DateOnly? _lastValidation;

        public void Record(string[] fields, int line)
        {
            foreach (var index in Mandatory.Where(i => string.IsNullOrWhiteSpace(fields[i])))
                Add(MandatoryRule, line, $"{FieldNames[index]} is empty");
            foreach (var index in new[] { EcritureDate, PieceDate, ValidDate, DateLet }.Where(i => fields[i].Length > 0 && !IsDate(fields[i])))
                Add(DateRule, line, $"{FieldNames[index]} '{fields[index]}' is not a valid AAAAMMJJ date");
            if (fields[CompteNum].Length > 0 && (fields[CompteNum].Length < 3 || !fields[CompteNum][..3].All(char.IsAsciiDigit)))
                Add(AccountNumberRule, line, $"CompteNum '{fields[CompteNum]}' does not start with 3 digits of the PCG");
            if (string.IsNullOrWhiteSpace(fields[CompAuxNum]) != string.IsNullOrWhiteSpace(fields[CompAuxLib]))
                Add(AuxiliaryPairRule, line, "CompAuxNum and CompAuxLib go together");
            CheckCurrency(fields, line);
            var debit = Amount(fields, Debit, line);
            var credit = Amount(fields, Credit, line);
            if (debit is { } d && credit is { } c && (d != 0) == (c != 0))
                Add(DebitXorCreditRule, line, $"Debit {fields[Debit]} and Credit {fields[Credit]}: exactly one of them must be zero");
            Entry(fields, line, debit ?? 0, credit ?? 0);
            if (IsDate(fields[ValidDate]))
            {
                var validation = DateOnly.ParseExact(fields[ValidDate], "yyyyMMdd", CultureInfo.InvariantCulture);
                if (validation < _lastValidation)
                    Add(ValidationOrderRule, line, $"ValidDate {fields[ValidDate]} is earlier than a previous record's ({_lastValidation:yyyyMMdd})");
                else
                    _lastValidation = validation;
            }
        }

        public void Finish()
        {
            foreach (var (key, totals) in _entries.Where(e => e.Value.Debit != e.Value.Credit))
                Add(EntryBalanceRule, totals.FirstLine, $"entry {key.Replace('\u0001', ' ')} is unbalanced: debit {totals.Debit} / credit {totals.Credit}");
            if (_fileDebit != _fileCredit)
                Add(FileBalanceRule, null, $"the file is unbalanced: debit {_fileDebit} / credit {_fileCredit}");
        }

        private void CheckCurrency(string[] fields, int line)
        {
            if ((fields[Montantdevise].Length == 0) != (fields[Idevise].Length == 0))
                Add(CurrencyRule, line, "Montantdevise and Idevise go together");
            if (fields[Idevise].Length > 0 && !(fields[Idevise].Length == 3 && fields[Idevise].All(char.IsAsciiLetterUpper)))
                Add(CurrencyRule, line, $"Idevise '{fields[Idevise]}' is not an ISO 4217 code (3 capital letters)");
            if (fields[Montantdevise].Length > 0 && !IsAmount(fields[Montantdevise], signed: true))
                Add(AmountRule, line, $"Montantdevise '{fields[Montantdevise]}' is not an amount with a decimal comma and at most 2 decimals");
        }

        private decimal? Amount(string[] fields, int index, int line)
        {
            if (IsAmount(fields[index], signed: false))
                return ParseAmount(fields[index]);
            Add(AmountRule, line, $"{FieldNames[index]} '{fields[index]}' is not an amount with a decimal comma, at most 2 decimals and no thousands separator");
            return null;
        }

        private void Entry(string[] fields, int line, decimal debit, decimal credit)
        {
            var journal = fields[JournalCode];
            var key = journal + '\u0001' + fields[EcritureNum];
            if (key != _currentEntry)
            {
                if (_entries.TryGetValue(key, out var earlier))
                {
                    Add(ContiguousRule, line, $"entry {journal} {fields[EcritureNum]} started at line {earlier.FirstLine} and another entry came in between");
                }
                else
                {
                    _entries[key] = (0m, 0m, line);
                    var expected = _lastNumber.GetValueOrDefault(journal) + 1;
                    if (!long.TryParse(fields[EcritureNum], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number != expected)
                        Add(NumberingRule, line, $"EcritureNum '{fields[EcritureNum]}' in journal {journal} should be {expected} (continuous, in file order)");
                    _lastNumber[journal] = number == 0 ? expected : number;
                }
                _currentEntry = key;
            }
            var totals = _entries[key];
            _entries[key] = (totals.Debit + debit, totals.Credit + credit, totals.FirstLine);
            _fileDebit += debit;
            _fileCredit += credit;
        }

        private void Add(string rule, int? line, string message) => violations.Add(new(rule, line, message));
    }
}
