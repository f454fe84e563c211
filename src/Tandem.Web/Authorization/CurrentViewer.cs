using System.Security.Claims;
using Tandem.Core.Access;

namespace Tandem.Web.Authorization;

/// <summary>The signed-in person as the access rules see them, read once per request from their claims.</summary>
public sealed class CurrentViewer(IHttpContextAccessor http)
{
    private Viewer? viewer;

    public Viewer Value => viewer ??= From(http.HttpContext?.User ?? throw new InvalidOperationException("No request."));

    public static Viewer From(ClaimsPrincipal user)
    {
        var userId = Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));
        var practiceId = Guid.Parse(user.FindFirstValue(TandemClaims.PracticeId) ?? throw new InvalidOperationException("No practice claim."));
        var clientId = user.FindFirstValue(TandemClaims.ClientId) is { } c ? Guid.Parse(c) : (Guid?)null;
        var roles = user.FindAll(ClaimTypes.Role).Select(r => r.Value).ToHashSet();
        return new Viewer(userId, practiceId, roles, clientId);
    }
}
