namespace Facturation.Persistence.Audit;

/// <summary>Who did what, when: an append-only trace of changes that matter (draft deletion, archiving, erasure ...).</summary>
public sealed class AuditEvent
{
    /// <summary>Identifier.</summary>
    public long Id { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who (user name, or <c>cli</c>).</summary>
    public string Actor { get; set; } = "";

    /// <summary>What, e.g. <c>document.draft-deleted</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>Company concerned.</summary>
    public Guid? CompanyId { get; set; }

    /// <summary>Entity id concerned.</summary>
    public Guid? EntityId { get; set; }

    /// <summary>Details (JSON).</summary>
    public string? Detail { get; set; }
}
