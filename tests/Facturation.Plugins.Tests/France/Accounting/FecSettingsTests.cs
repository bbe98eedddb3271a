using Facturation.Plugins.France;
using Facturation.Plugins.France.Accounting;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.Tests.France.Accounting;

public sealed class FecSettingsTests
{
    private static readonly FecSettings Declared = new();

    [Theory]
    [InlineData("fec.account.customer", "411")]
    [InlineData("fec.account.revenue-goods", "707")]
    [InlineData("fec.account.revenue-services", "706")]
    [InlineData("fec.account.vat-collected", "44571")]
    [InlineData("fec.account.vat-collected.20", "4457120")]
    [InlineData("fec.account.vat-collected.10", "4457110")]
    [InlineData("fec.account.vat-collected.5.5", "4457105")]
    [InlineData("fec.account.vat-collected.2.1", "4457102")]
    [InlineData("fec.account.vat-pending", "44574")]
    [InlineData("fec.account.customer-deposits", "4191")]
    [InlineData("fec.account.bank", "512")]
    [InlineData("fec.auxiliary-prefix", "")]
    [InlineData("fec.label.vat-pending", "TVA collectée en attente (encaissements)")]
    [InlineData("fec.label.customer-deposits", "Clients - avances et acomptes reçus")]
    [InlineData("fec.journal.sales.code", "VE")]
    [InlineData("fec.journal.sales.label", "Journal des ventes")]
    [InlineData("fec.journal.bank.code", "BQ")]
    [InlineData("fec.journal.bank.label", "Banque")]
    [InlineData("fec.separator", "tab")]
    public void Definitions_DeclareTheKeyWithItsDefault(string key, string expected)
    {
        var definition = Assert.Single(Declared.Definitions, d => d.Key == key);

        Assert.Equal(expected, definition.DefaultValue);
    }

    [Fact]
    public void Definitions_AllUnderTheFecPrefixWithADefault()
    {
        Assert.All(Declared.Definitions, d =>
        {
            Assert.StartsWith("fec.", d.Key, StringComparison.Ordinal);
            Assert.NotNull(d.DefaultValue);
        });
    }

    [Fact]
    public void Validate_Defaults_HasNoProblem()
    {
        var pack = new FranceSettings();

        Assert.Empty(Declared.Validate(Some.Settings(Declared.Definitions)));
        Assert.DoesNotContain(pack.Validate(Some.Settings(pack.Definitions)).Problems, p => p.Field?.StartsWith("fec.", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("fec.account.customer", "41A", "fec.account-format")]
    [InlineData("fec.account.customer", "41", "fec.account-format")]
    [InlineData("fec.account.customer", "411000000000000000001", "fec.account-format")]
    [InlineData("fec.account.customer", " 411", "fec.account-format")]
    [InlineData("fec.account.customer", "511", "fec.account-class")]
    [InlineData("fec.account.revenue-goods", "607", "fec.account-class")]
    [InlineData("fec.account.revenue-services", "411", "fec.account-class")]
    [InlineData("fec.account.vat-collected.5.5", "7457105", "fec.account-class")]
    [InlineData("fec.account.vat-pending", "5", "fec.account-format")]
    [InlineData("fec.account.customer-deposits", "5191", "fec.account-class")]
    [InlineData("fec.account.bank", "411", "fec.account-class")]
    [InlineData("fec.label.customer", " ", "fec.label-empty")]
    [InlineData("fec.journal.sales.label", "", "fec.label-empty")]
    [InlineData("fec.journal.sales.code", "V E", "fec.journal-code-format")]
    [InlineData("fec.journal.bank.code", "BANQUE12345", "fec.journal-code-format")]
    [InlineData("fec.journal.bank.code", "ve", "fec.journal-code-duplicate")]
    [InlineData("fec.auxiliary-prefix", "C|", "fec.auxiliary-prefix-format")]
    public void Validate_BadValue_IsAProblemNamingTheKey(string key, string value, string code)
    {
        var problems = Declared.Validate(Some.Settings(Declared.Definitions, (key, value))).ToList();

        var problem = Assert.Single(problems);
        Assert.Equal(key, problem.Field);
        Assert.Equal(code, problem.Code);
        Assert.Contains(key, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownSeparator_IsRefusedByThePackAsAChoice()
    {
        var pack = new FranceSettings();

        var problems = pack.Validate(Some.Settings(pack.Definitions, ("fec.separator", "comma"))).Problems;

        var problem = Assert.Single(problems, p => p.Field == "fec.separator");
        Assert.Equal("setting.type", problem.Code);
    }

    [Fact]
    public void Definitions_AreDeclaredByThePack()
    {
        var keys = new FranceSettings().Definitions.Select(d => d.Key).ToHashSet();

        Assert.All(Declared.Definitions, d => Assert.Contains(d.Key, keys));
        Assert.Equal(SettingKind.Choice, Declared.Definitions.Single(d => d.Key == "fec.separator").Kind);
    }
}
