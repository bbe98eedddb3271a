using Facturation.Plugins.EInvoicing.Schemas;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Formats;

/// <summary>The parts of an export that differ from one syntax to another (see <see cref="FormatSteps"/>).</summary>
internal interface IFormatSyntax
{
    /// <summary>The syntax's name in messages ("CII", "UBL").</summary>
    string Name { get; }

    /// <summary>The specification identifiers (BT-24) it writes; the first is the default.</summary>
    IReadOnlyList<string> Profiles { get; }

    /// <summary>What the profile cannot carry, as problems (checked before the business rules).</summary>
    IEnumerable<Problem> Limits(DocumentSnapshot snapshot, string profile);

    /// <summary>The document as XML bytes.</summary>
    byte[] Write(DocumentSnapshot snapshot, string profile);

    /// <summary>Every schema the written file must be valid against.</summary>
    IEnumerable<SchemaSetName> Schemas(DocumentSnapshot snapshot, string profile);
}
