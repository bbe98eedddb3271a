using System.Globalization;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.France.Accounting;

/// <summary>The name LPF art. A.47 A-1 gives the file: <c>&lt;SIREN&gt;FEC&lt;AAAAMMJJ&gt;.txt</c>, dated at the closing date.</summary>
internal static class FecFileName
{
    private const int SirenLength = 9;
    private const int SiretLength = 14;

    public static string For(AccountingExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var siren = SirenOf(request.Company)
            ?? throw new ArgumentException(
                "Company.Siren: the FEC file is named <SIREN>FEC<AAAAMMJJ>.txt (LPF art. A.47 A-1), so the company needs a SIREN: "
                + $"an identifier of scheme {PartyIdentifier.SirenScheme} with 9 digits, or a SIRET (scheme {PartyIdentifier.SiretScheme}, 14 digits) whose first 9 digits are the SIREN.",
                nameof(request));
        return string.Create(CultureInfo.InvariantCulture, $"{siren}FEC{request.Period.End:yyyyMMdd}.txt");
    }

    /// <summary>The SIREN of the company, from a SIREN identifier or else the first 9 digits of a SIRET.</summary>
    public static string? SirenOf(Party company)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (Digits(company.IdentifierOf(PartyIdentifier.SirenScheme)) is { Length: SirenLength } siren)
            return siren;
        return Digits(company.IdentifierOf(PartyIdentifier.SiretScheme)) is { Length: SiretLength } siret ? siret[..SirenLength] : null;
    }

    // Identifiers are often typed grouped ("123 456 789"); anything else than digits and spaces is not a SIREN.
    private static string? Digits(string? identifier)
    {
        var compact = identifier?.Replace(" ", "", StringComparison.Ordinal);
        return compact is not null && compact.All(char.IsAsciiDigit) ? compact : null;
    }
}
