using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.France.Mentions;

/// <summary>
/// The nature of the operation (goods, services or both), a mention added by the 2026 e-invoicing reform,
/// taken from the lines' <see cref="LineNature"/>.
/// </summary>
internal static class OperationNature
{
    /// <summary>Code of the mention.</summary>
    public const string Code = "fr.nature-operation";

    /// <summary>Prints the nature of the operation; a document without lines gets none.</summary>
    /// <param name="document">The document.</param>
    /// <param name="report">Where the mention goes.</param>
    public static void Check(BusinessDocument document, MentionReport report)
    {
        var goods = document.Lines.Any(line => line.Nature == LineNature.Goods);
        var services = document.Lines.Any(line => line.Nature == LineNature.Service);
        var nature = (goods, services) switch
        {
            (true, false) => "livraison de biens",
            (false, true) => "prestation de services",
            (true, true) => "livraison de biens et prestation de services",
            _ => null,
        };
        if (nature is not null)
            report.Print(new LegalMention(Code, "Nature de l'opération : " + nature));
    }
}
