namespace Facturation.Application.Interchange.Writing;

/// <summary>
/// The source id a stored record is known by in the interchange format: the one it was imported with, else its own
/// id (so a record created in this program exports with a stable source id and re-imports as itself).
/// </summary>
internal static class SourceKey
{
    public static string Of(string? sourceId, Guid id) => sourceId ?? id.ToString("D");
}
