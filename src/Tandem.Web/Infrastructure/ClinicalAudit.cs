using Tandem.Core.Audit;
using Tandem.Data.Audit;
using Tandem.Web.Authorization;

namespace Tandem.Web.Infrastructure;

/// <summary>Appends audit entries as the signed-in person, in their practice.</summary>
public sealed class ClinicalAudit(AuditLog log, CurrentViewer viewer)
{
    public Task RecordAsync(AuditCode code, string entityType, Guid entityId, Guid? clientId, CancellationToken cancellationToken = default)
    {
        var v = viewer.Value;
        return log.AppendAsync(new AuditEntry(code, v.PracticeId, v.UserId, clientId, entityType, entityId.ToString()), cancellationToken);
    }
}
