namespace Facturation.Domain.Templates;

/// <summary>
/// One saved version of a company's layout in one language. Versions are never changed or deleted: saving or
/// rolling back adds a version. Each version also takes the company's next template revision, a counter over all of
/// its layouts and languages; an issued document records the revision current at issue, so re-rendering it later uses
/// the versions it was sent with.
/// </summary>
public sealed class DocumentTemplate
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Owning company.</summary>
    public Guid CompanyId { get; set; }

    /// <summary>Layout name (<c>invoice</c>, <c>credit-note</c> ...).</summary>
    public string Layout { get; set; } = "";

    /// <summary>Language (<c>fr</c>, <c>en</c>).</summary>
    public string Language { get; set; } = "";

    /// <summary>Version of this layout and language: 1, 2, 3 ...</summary>
    public int Version { get; set; }

    /// <summary>The company's template revision this version created (increasing over all layouts and languages).</summary>
    public long Revision { get; set; }

    /// <summary>Template engine the text is written for (e.g. <c>handlebars</c>).</summary>
    public string EngineId { get; set; } = "";

    /// <summary>The template text.</summary>
    public string Text { get; set; } = "";

    /// <summary>Partials by name.</summary>
    public Dictionary<string, string> Partials { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Who saved it.</summary>
    public string Author { get; set; } = "";

    /// <summary>Why (free text), e.g. "new logo position" or "rollback to version 2".</summary>
    public string? Comment { get; set; }

    /// <summary>When it was saved.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
