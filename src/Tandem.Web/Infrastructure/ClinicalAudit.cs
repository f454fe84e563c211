using Tandem.Core.Audit;
using Tandem.Data.Audit;
using Tandem.Web.Authorization;

namespace Tandem.Web.Infrastructure;

/// <summary>Appends audit entries as the signed-in person, in their practice.</summary>
public sealed class ClinicalAudit(AuditLog log, CurrentViewer viewer)
{
    public Task RecordAsync(AuditCode code, string entityType, Guid entityId, Guid? clientId, CancellationToken cancellationToken = default) =>
        RecordAllAsync(code, [(entityType, entityId, clientId)], cancellationToken);

    /// <summary>One entry per record (each names its client, for that client's access report), appended together.</summary>
    public Task RecordAllAsync(AuditCode code, IEnumerable<(string EntityType, Guid EntityId, Guid? ClientId)> records, CancellationToken cancellationToken = default) =>
        RecordEachAsync(records.Select(r => (code, r.EntityType, r.EntityId, r.ClientId)), cancellationToken);

    /// <summary>Entries of different kinds for one unit of work, appended together in the order given.</summary>
    public Task RecordEachAsync(IEnumerable<(AuditCode Code, string EntityType, Guid EntityId, Guid? ClientId)> records, CancellationToken cancellationToken = default)
    {
        var v = viewer.Value;
        return log.AppendAsync([.. records.Select(r => new AuditEntry(r.Code, v.PracticeId, v.UserId, r.ClientId, r.EntityType, r.EntityId.ToString()))], cancellationToken);
    }

    /// <summary>
    /// A client's read of what others shared with them, one entry per item naming its owner, so that the owner's access
    /// report shows it; the viewer's own items are not entries.
    /// </summary>
    public Task RecordPartnerReadsAsync(string entityType, IEnumerable<(Guid Id, Guid Owner)> items, CancellationToken cancellationToken = default) =>
        RecordAllAsync(AuditCode.SharedMaterial_ReadByPartner,
            items.Where(i => i.Owner != viewer.Value.ClientId).Select(i => (entityType, i.Id, (Guid?)i.Owner)), cancellationToken);
}
