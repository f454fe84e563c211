using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Core.Sharing;
using Tandem.Web.Authorization;
using Tandem.Web.Authorization.Material;

namespace Tandem.Web.Tests.Authorization;

/// <summary>Who tries what in the handler matrices: Ari's material, Ari and Bo's couple case, and the people around it.</summary>
public enum Actor
{
    Owner,
    Partner,
    NextPartner,
    CaseTeam,
    LaterCaseTeam,
    OtherClinician,
    PracticeAdmin,
    OtherPracticeClinician,
    OtherClient,
}

/// <summary>
/// Runs a material handler for every operation × actor and compares with the table a test writes out
/// (bitwarden's *AuthorizationRulesTests). The world: Ari and Bo's couple case, led by Sam; Ari's later couple case with
/// Noor, led by Lee; a clinician of the practice on neither team; the practice admin; another practice's clinician.
/// </summary>
public static class MaterialMatrix
{
    public static readonly Guid Practice = Guid.NewGuid();
    private static readonly Guid OtherPractice = Guid.NewGuid();
    private static readonly Dictionary<Actor, Guid> Users = Enum.GetValues<Actor>().ToDictionary(a => a, _ => Guid.NewGuid());
    private static readonly Dictionary<Actor, Guid> Clients = Enum.GetValues<Actor>().ToDictionary(a => a, _ => Guid.NewGuid());

    public static Guid Ari => Clients[Actor.Owner];

    public static CaseAccessFacts Ours(CaseStage stage = CaseStage.DosingSeries) =>
        new(OursId, Practice, [Users[Actor.CaseTeam]], [Ari, Clients[Actor.Partner]], Users[Actor.CaseTeam], stage);

    public static CaseAccessFacts Later => new(LaterId, Practice, [Users[Actor.LaterCaseTeam]], [Ari, Clients[Actor.NextPartner]], Users[Actor.LaterCaseTeam], CaseStage.Preparation);

    private static readonly Guid OursId = Guid.NewGuid();
    private static readonly Guid LaterId = Guid.NewGuid();

    public static MaterialFacts Shared(params ShareFacts[] shares) => new(Practice, Ari, shares);

    public static async Task AssertAsync<TMaterial>(IAuthorizationHandler handler, object facts, Dictionary<MaterialOperation, Actor[]> allowed)
    {
        var wrong = new List<string>();
        foreach (var operation in Enum.GetValues<MaterialOperation>())
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                var requirement = new MaterialRequirement<TMaterial>(operation);
                var context = new AuthorizationHandlerContext([requirement], Principal(actor), facts);
                await handler.HandleAsync(context);
                var expected = allowed.TryGetValue(operation, out var actors) && actors.Contains(actor);
                if (context.HasSucceeded != expected)
                {
                    wrong.Add($"{actor} {(context.HasSucceeded ? "may" : "may not")} {operation}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    private static ClaimsPrincipal Principal(Actor actor)
    {
        var (roles, client, practice) = actor switch
        {
            Actor.Owner or Actor.Partner or Actor.NextPartner or Actor.OtherClient => ((string[])[Roles.Client], (Guid?)Clients[actor], Practice),
            Actor.PracticeAdmin => ([Roles.PracticeAdmin], null, Practice),
            Actor.OtherPracticeClinician => ([Roles.Clinician], null, OtherPractice),
            _ => ([Roles.Clinician], null, Practice),
        };
        // Another practice's clinician carries the case lead's own id: only the practice tells them apart.
        var user = actor == Actor.OtherPracticeClinician ? Users[Actor.CaseTeam] : Users[actor];
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, user.ToString()), new(TandemClaims.PracticeId, practice.ToString()), .. roles.Select(r => new Claim(ClaimTypes.Role, r))];
        if (client is { } id)
        {
            claims.Add(new Claim(TandemClaims.ClientId, id.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }
}
