using System.Collections.Frozen;

namespace Facturation.Plugins.France.Mentions;

/// <summary>Sorts the French legal forms by the mentions they imply (Code de commerce R123-237, R526-26).</summary>
internal static class LegalForms
{
    // Compared on upper-case ASCII letters only, so "S.A.S.", "sas" and "SAS" are the same form.
    private static readonly FrozenSet<string> WithShareCapital = FrozenSet.ToFrozenSet(
        ["SA", "SAS", "SASU", "SARL", "EURL", "SNC", "SCS", "SCA", "SELARL", "SELAS", "SELAFA", "SCOP"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SoleTrader = FrozenSet.ToFrozenSet(
        ["EI", "EIRL", "ENTREPRENEURINDIVIDUEL", "ENTREPRISEINDIVIDUELLE", "MICROENTREPRENEUR", "AUTOENTREPRENEUR"], StringComparer.Ordinal);

    /// <summary>The category of a legal form as typed by the user.</summary>
    /// <param name="legalForm">The form, e.g. <c>SAS</c>, <c>Micro-entrepreneur</c>.</param>
    /// <returns>Its category; <see cref="LegalFormCategory.Company"/> for any other form given.</returns>
    public static LegalFormCategory Classify(string? legalForm)
    {
        if (string.IsNullOrWhiteSpace(legalForm))
            return LegalFormCategory.Missing;
        var letters = string.Concat(legalForm.Where(char.IsAsciiLetter)).ToUpperInvariant();
        if (WithShareCapital.Contains(letters))
            return LegalFormCategory.CompanyWithShareCapital;
        return SoleTrader.Contains(letters) ? LegalFormCategory.SoleTrader : LegalFormCategory.Company;
    }
}
