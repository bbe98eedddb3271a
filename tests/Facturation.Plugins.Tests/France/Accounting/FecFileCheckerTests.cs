namespace Facturation.Plugins.Tests.France.Accounting;

/// <summary>The checker itself, on hand-written files: a good one passes, and each rule fails on a file that breaks it.</summary>
public sealed class FecFileCheckerTests
{
    private const string Siren = "123456789";
    private const string FileName = "123456789FEC20261231.txt";
    private static readonly DateOnly Closing = new(2026, 12, 31);

    // Two sales entries (the second in US dollars) and a bank entry lettered with the first.
    private const string GoodFile = """
        JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise
        VE|Journal des ventes|1|20260105|411|Clients|C001|Dupont SA|F2026-00001|20260105|Facture F2026-00001|1200,00|0,00|A|20260115|20260105||
        VE|Journal des ventes|1|20260105|707|Ventes de marchandises|||F2026-00001|20260105|Facture F2026-00001|0,00|1000,00|||20260105||
        VE|Journal des ventes|1|20260105|4457120|TVA collectée 20 %|||F2026-00001|20260105|Facture F2026-00001|0,00|200,00|||20260105||
        VE|Journal des ventes|2|20260110|411|Clients|C002|Smith Ltd|F2026-00002|20260110|Facture F2026-00002|550,00|0,00|||20260110|600,00|USD
        VE|Journal des ventes|2|20260110|706|Prestations de services|||F2026-00002|20260110|Facture F2026-00002|0,00|550,00|||20260110|600,00|USD
        BQ|Banque|1|20260115|512|Banque|||VIR-0001|20260115|Règlement F2026-00001|1200,00|0,00|||20260115||
        BQ|Banque|1|20260115|411|Clients|C001|Dupont SA|VIR-0001|20260115|Règlement F2026-00001|0,00|1200,00|A|20260115|20260115||
        """;

    private static List<string> GoodLines() => [.. GoodFile.Split('\n')];

    [Fact]
    public void Check_HandWrittenGoodFile_HasNoViolation()
    {
        Assert.Empty(FecFileChecker.Check(FileName, GoodLines(), Siren, Closing));
    }

    [Fact]
    public void Check_SameFileWithTabs_HasNoViolation()
    {
        var lines = GoodLines().Select(l => l.Replace('|', '\t')).ToList();

        Assert.Empty(FecFileChecker.Check(FileName, lines, Siren, Closing));
    }

    [Fact]
    public void CheckFile_OnDisk_ReadsCrlfLinesAndTheName()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, FileName);
        File.WriteAllText(path, string.Join("\r\n", GoodLines()) + "\r\n");

        Assert.Empty(FecFileChecker.CheckFile(path, Siren, Closing));
    }

    [Fact]
    public void CheckFile_WithByteOrderMark_BreaksTheHeader()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, FileName);
        File.WriteAllText(path, string.Join("\r\n", GoodLines()) + "\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Contains(FecFileChecker.CheckFile(path, Siren, Closing), v => v.Rule == FecFileChecker.HeaderRule);
    }

    [Theory]
    [InlineData("123456789FEC20261231.csv")]
    [InlineData("12345678FEC20261231.txt")]
    [InlineData("123456789FEC20261331.txt")]
    [InlineData("123456789_FEC_20261231.txt")]
    [InlineData("987654321FEC20261231.txt")]
    [InlineData("123456789FEC20251231.txt")]
    public void Check_BadFileName_IsAFileNameViolation(string fileName)
    {
        var violation = Assert.Single(FecFileChecker.Check(fileName, GoodLines(), Siren, Closing));

        Assert.Equal(FecFileChecker.FileNameRule, violation.Rule);
    }

    [Fact]
    public void Check_EmptyFile_IsAHeaderViolation()
    {
        Assert.Contains(FecFileChecker.CheckLines([]), v => v.Rule == FecFileChecker.HeaderRule);
    }

    [Fact]
    public void Check_HeaderWithoutSeparator_IsASeparatorViolation()
    {
        var lines = GoodLines();
        lines[0] = lines[0].Replace('|', ';');

        var violations = FecFileChecker.CheckLines(lines);

        Assert.Contains(violations, v => v.Rule == FecFileChecker.SeparatorRule);
        Assert.Contains(violations, v => v.Rule == FecFileChecker.HeaderRule);
    }

    /// <summary>Each case: the good file with the lines from <paramref name="line"/> (1 = header) replaced by hand-written ones.</summary>
    [Theory]
    [InlineData(FecFileChecker.SeparatorRule, 3, "VE\tJournal des ventes\t1\t20260105\t707\tVentes de marchandises\t\t\tF2026-00001\t20260105\tFacture F2026-00001\t0,00\t1000,00\t\t\t20260105\t\t")]
    [InlineData(FecFileChecker.HeaderRule, 1, "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Credit|Debit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise")]
    [InlineData(FecFileChecker.HeaderRule, 1, "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|MontantDevise|Idevise")]
    [InlineData(FecFileChecker.FieldCountRule, 3, "VE|Journal des ventes|1|20260105|707|Ventes de marchandises|||F2026-00001|20260105|Facture F2026-00001|0,00|1000,00|||20260105|")]
    [InlineData(FecFileChecker.DateRule, 3, "VE|Journal des ventes|1|20260132|707|Ventes de marchandises|||F2026-00001|20260105|Facture F2026-00001|0,00|1000,00|||20260105||")]
    [InlineData(FecFileChecker.DateRule, 3, "VE|Journal des ventes|1|20260105|707|Ventes de marchandises|||F2026-00001|2026-01-05|Facture F2026-00001|0,00|1000,00|||20260105||")]
    [InlineData(FecFileChecker.AmountRule, 3, "VE|Journal des ventes|1|20260105|707|Ventes de marchandises|||F2026-00001|20260105|Facture F2026-00001|0,00|1000.00|||20260105||")]
    [InlineData(FecFileChecker.AmountRule, 3, "VE|Journal des ventes|1|20260105|707|Ventes de marchandises|||F2026-00001|20260105|Facture F2026-00001|0,00|1 000,00|||20260105||")]
    [InlineData(FecFileChecker.AmountRule, 3, "VE|Journal des ventes|1|20260105|707|Ventes de marchandises|||F2026-00001|20260105|Facture F2026-00001|0,00|1000,000|||20260105||")]
    [InlineData(FecFileChecker.AmountRule, 5, "VE|Journal des ventes|2|20260110|411|Clients|C002|Smith Ltd|F2026-00002|20260110|Facture F2026-00002|550,00|0,00|||20260110|600.00|USD")]
    [InlineData(FecFileChecker.DebitXorCreditRule, 3, "VE|Journal des ventes|1|20260105|707|Ventes de marchandises|||F2026-00001|20260105|Facture F2026-00001|1000,00|1000,00|||20260105||")]
    [InlineData(FecFileChecker.DebitXorCreditRule, 3, "VE|Journal des ventes|1|20260105|707|Ventes de marchandises|||F2026-00001|20260105|Facture F2026-00001|0,00|0,00|||20260105||")]
    [InlineData(FecFileChecker.MandatoryRule, 3, "VE||1|20260105|707|Ventes de marchandises|||F2026-00001|20260105|Facture F2026-00001|0,00|1000,00|||20260105||")]
    [InlineData(FecFileChecker.MandatoryRule, 3, "VE|Journal des ventes|1|20260105|707|Ventes de marchandises|||F2026-00001|20260105||0,00|1000,00|||20260105||")]
    [InlineData(FecFileChecker.MandatoryRule, 3, "VE|Journal des ventes|1|20260105|707|Ventes de marchandises||| |20260105|Facture F2026-00001|0,00|1000,00|||20260105||")]
    [InlineData(FecFileChecker.MandatoryRule, 3, "VE|Journal des ventes|1|20260105|707|Ventes de marchandises|||F2026-00001|20260105|Facture F2026-00001|0,00|1000,00|||||")]
    [InlineData(FecFileChecker.AccountNumberRule, 3, "VE|Journal des ventes|1|20260105|7A7|Ventes de marchandises|||F2026-00001|20260105|Facture F2026-00001|0,00|1000,00|||20260105||")]
    [InlineData(FecFileChecker.AuxiliaryPairRule, 2, "VE|Journal des ventes|1|20260105|411|Clients|C001||F2026-00001|20260105|Facture F2026-00001|1200,00|0,00|A|20260115|20260105||")]
    [InlineData(FecFileChecker.AuxiliaryPairRule, 3, "VE|Journal des ventes|1|20260105|707|Ventes de marchandises||Dupont SA|F2026-00001|20260105|Facture F2026-00001|0,00|1000,00|||20260105||")]
    [InlineData(FecFileChecker.CurrencyRule, 5, "VE|Journal des ventes|2|20260110|411|Clients|C002|Smith Ltd|F2026-00002|20260110|Facture F2026-00002|550,00|0,00|||20260110|600,00|")]
    [InlineData(FecFileChecker.CurrencyRule, 5, "VE|Journal des ventes|2|20260110|411|Clients|C002|Smith Ltd|F2026-00002|20260110|Facture F2026-00002|550,00|0,00|||20260110||USD")]
    [InlineData(FecFileChecker.CurrencyRule, 5, "VE|Journal des ventes|2|20260110|411|Clients|C002|Smith Ltd|F2026-00002|20260110|Facture F2026-00002|550,00|0,00|||20260110|600,00|usd")]
    [InlineData(FecFileChecker.CurrencyRule, 5, "VE|Journal des ventes|2|20260110|411|Clients|C002|Smith Ltd|F2026-00002|20260110|Facture F2026-00002|550,00|0,00|||20260110|600,00|US")]
    [InlineData(FecFileChecker.EntryBalanceRule, 4, "VE|Journal des ventes|1|20260105|4457120|TVA collectée 20 %|||F2026-00001|20260105|Facture F2026-00001|0,00|199,99|||20260105||")]
    [InlineData(FecFileChecker.FileBalanceRule, 4, "VE|Journal des ventes|1|20260105|4457120|TVA collectée 20 %|||F2026-00001|20260105|Facture F2026-00001|0,00|199,99|||20260105||")]
    [InlineData(FecFileChecker.NumberingRule, 5,
        "VE|Journal des ventes|3|20260110|411|Clients|C002|Smith Ltd|F2026-00002|20260110|Facture F2026-00002|550,00|0,00|||20260110|600,00|USD",
        "VE|Journal des ventes|3|20260110|706|Prestations de services|||F2026-00002|20260110|Facture F2026-00002|0,00|550,00|||20260110|600,00|USD")]
    [InlineData(FecFileChecker.NumberingRule, 7,
        "BQ|Banque|0|20260115|512|Banque|||VIR-0001|20260115|Règlement F2026-00001|1200,00|0,00|||20260115||",
        "BQ|Banque|0|20260115|411|Clients|C001|Dupont SA|VIR-0001|20260115|Règlement F2026-00001|0,00|1200,00|A|20260115|20260115||")]
    [InlineData(FecFileChecker.ContiguousRule, 4,
        "VE|Journal des ventes|2|20260110|411|Clients|C002|Smith Ltd|F2026-00002|20260110|Facture F2026-00002|550,00|0,00|||20260110|600,00|USD",
        "VE|Journal des ventes|1|20260105|4457120|TVA collectée 20 %|||F2026-00001|20260105|Facture F2026-00001|0,00|200,00|||20260105||")]
    [InlineData(FecFileChecker.ValidationOrderRule, 5,
        "VE|Journal des ventes|2|20260110|411|Clients|C002|Smith Ltd|F2026-00002|20260110|Facture F2026-00002|550,00|0,00|||20260101|600,00|USD",
        "VE|Journal des ventes|2|20260110|706|Prestations de services|||F2026-00002|20260110|Facture F2026-00002|0,00|550,00|||20260101|600,00|USD")]
    public void Check_FileBreakingARule_ReportsThatRule(string rule, int line, params string[] replacements)
    {
        var lines = GoodLines();
        for (var i = 0; i < replacements.Length; i++)
            lines[line - 1 + i] = replacements[i];

        var violations = FecFileChecker.Check(FileName, lines, Siren, Closing);

        Assert.Contains(violations, v => v.Rule == rule);
    }

    [Fact]
    public void Check_EveryRuleHasAFailingCase()
    {
        var covered = typeof(FecFileCheckerTests).GetMethod(nameof(Check_FileBreakingARule_ReportsThatRule))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0])
            .Append(FecFileChecker.FileNameRule)
            .ToHashSet();
        var rules = typeof(FecFileChecker).GetFields()
            .Where(f => f.IsLiteral && f.Name.EndsWith("Rule", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(16, rules.Count);
        Assert.All(rules, r => Assert.Contains(r, covered));
    }
}
