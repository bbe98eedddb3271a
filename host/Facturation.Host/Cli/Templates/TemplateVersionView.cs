using Facturation.Application.Templates;

namespace Facturation.Host.Cli.Templates;

/// <summary>A saved (or default) layout version as <c>template set|rollback --json</c> print it, without its text.</summary>
internal sealed record TemplateVersionView(
    string Layout, string Language, int Version, long Revision, string EngineId, string? Author, string? Comment, DateTimeOffset? CreatedAt)
{
    public static TemplateVersionView From(TemplateVersion version) =>
        new(version.Layout, version.Language, version.Version, version.Revision, version.EngineId, version.Author, version.Comment, version.CreatedAt);
}
