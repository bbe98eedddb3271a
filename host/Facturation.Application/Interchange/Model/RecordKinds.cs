namespace Facturation.Application.Interchange.Model;

/// <summary>The names of the record kinds, as the file's sections and error reports spell them.</summary>
internal static class RecordKinds
{
    public const string Companies = "companies";
    public const string Customers = "customers";
    public const string Items = "items";
    public const string Documents = "documents";
    public const string Issued = "issued";
    public const string File = "file";
}
