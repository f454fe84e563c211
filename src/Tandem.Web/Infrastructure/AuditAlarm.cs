using System.Globalization;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Web.Authorization;

namespace Tandem.Web.Infrastructure;

/// <summary>The alarm the practice admin and prescribers see on every page while their practice's audit log holds a break.</summary>
public sealed class AuditAlarm(AuditWatch watch, TandemDbContext db, IHttpContextAccessor http)
{
    public async Task<string?> ForViewerAsync()
    {
        var user = http.HttpContext?.User;
        if (user is null || !(user.IsInRole(Roles.PracticeAdmin) || user.IsInRole(Roles.Prescriber))
            || !Guid.TryParse(user.FindFirst(TandemClaims.PracticeId)?.Value, out var practiceId))
        {
            return null;
        }

        return await watch.AlarmAsync(db, practiceId) is { } marker
            ? string.Create(CultureInfo.InvariantCulture,
                $"This practice's audit log has a break, found on {marker.OccurredAt:yyyy-MM-dd HH:mm} UTC: {AuditContinuity.Describe(marker)}. Clinical work carries on and is still recorded; ask whoever runs Tandem to run 'audit verify' and look into it.")
            : null;
    }
}
