using Tandem.Core.Audit;
using Tandem.Data.Audit;
using Tandem.Web.Authorization;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// Audit entries as the signed-in person, in their practice. A change is saved here, with its entries, so the save is
/// seen at the call; a read is recorded here and saves nothing else.
/// </summary>
public sealed class ClinicalAudit(AuditLog log, CurrentViewer viewer)
{
    /// <summary>Saves the unit of work with one entry for what changed.</summary>
    public Task SaveAndRecordAsync(AuditCode code, string entityType, Guid entityId, Guid? clientId, CancellationToken cancellationToken = default) =>
        SaveAndRecordEachAsync([(code, entityType, entityId, clientId)], cancellationToken);

    /// <summary>Saves the unit of work with one entry per record changed (each names its client, for that client's access report).</summary>
    public Task SaveAndRecordAllAsync(AuditCode code, IEnumerable<(string EntityType, Guid EntityId, Guid? ClientId)> records, CancellationToken cancellationToken = default) =>
        SaveAndRecordEachAsync(records.Select(r => (code, r.EntityType, r.EntityId, r.ClientId)), cancellationToken);

    /// <summary>Saves the unit of work with entries of different kinds, in the order given.</summary>
    public Task SaveAndRecordEachAsync(IEnumerable<(AuditCode Code, string EntityType, Guid EntityId, Guid? ClientId)> records, CancellationToken cancellationToken = default) =>
        log.SaveWithAsync(Entries(records), cancellationToken);

    /// <summary>Records the read of one record.</summary>
    public Task RecordReadAsync(AuditCode code, string entityType, Guid entityId, Guid? clientId, CancellationToken cancellationToken = default) =>
        RecordReadsEachAsync([(code, entityType, entityId, clientId)], cancellationToken);

    /// <summary>Records the read of several records, one entry each (each names its client, for that client's access report).</summary>
    public Task RecordReadsAsync(AuditCode code, IEnumerable<(string EntityType, Guid EntityId, Guid? ClientId)> records, CancellationToken cancellationToken = default) =>
        RecordReadsEachAsync(records.Select(r => (code, r.EntityType, r.EntityId, r.ClientId)), cancellationToken);

    /// <summary>Records reads of different kinds shown on one page, in the order given.</summary>
    public Task RecordReadsEachAsync(IEnumerable<(AuditCode Code, string EntityType, Guid EntityId, Guid? ClientId)> records, CancellationToken cancellationToken = default) =>
        log.RecordReadAsync(Entries(records), cancellationToken);

    /// <summary>
    /// A client's read of what others shared with them, one entry per item naming its owner, so that the owner's access
    /// report shows it; the viewer's own items are not entries.
    /// </summary>
    public Task RecordPartnerReadsAsync(string entityType, IEnumerable<(Guid Id, Guid Owner)> items, CancellationToken cancellationToken = default) =>
        RecordReadsAsync(AuditCode.SharedMaterial_ReadByPartner,
            items.Where(i => i.Owner != viewer.Value.ClientId).Select(i => (entityType, i.Id, (Guid?)i.Owner)), cancellationToken);

    private List<AuditEntry> Entries(IEnumerable<(AuditCode Code, string EntityType, Guid EntityId, Guid? ClientId)> records)
    {
        var v = viewer.Value;
        return [.. records.Select(r => new AuditEntry(r.Code, v.PracticeId, v.UserId, r.ClientId, r.EntityType, r.EntityId.ToString()))];
    }
}
