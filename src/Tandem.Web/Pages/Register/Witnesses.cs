using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Data;
using Tandem.Data.Identity;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Register;

/// <summary>A witness as a form posts them: who, and their own password and, if they use two-factor sign-in, their code.</summary>
public sealed class WitnessInput
{
    public Guid? WitnessId { get; set; }

    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public string? Code { get; set; }
}

public sealed record ConfirmedWitness(Guid Id, string Name);

/// <summary>
/// A second staff member confirming, at that moment and at the same screen, that they saw stock wasted or counted: someone
/// other than the person recording, with their own password and code. It signs nobody in and leaves the session as it
/// is; a wrong password or code counts towards the witness's lockout even though the entry is refused, and every check
/// is audited.
/// </summary>
public sealed class Witnesses(TandemDbContext db, UserManager<TandemUser> users, CurrentViewer viewer, ClinicalAudit audit, KeptIfRefused kept)
{
    public const string Wrong = "The witness's password or code is not right.";

    /// <summary>The practice's staff who may witness for the signed-in person: everyone on the staff but them.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> OthersAsync()
    {
        var (practiceId, me) = (viewer.Value.PracticeId, viewer.Value.UserId);
        var staff = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           where u.PracticeId == practiceId && u.Id != me && Roles.Staff.Contains(r.Name!)
                           select new { u.Id, u.DisplayName }).Distinct().ToListAsync();
        return [.. staff.OrderBy(s => s.DisplayName, StringComparer.CurrentCulture).Select(s => (s.Id, s.DisplayName))];
    }

    /// <summary>The witness when they confirm; otherwise null, with what is wrong under <paramref name="field"/>.</summary>
    public async Task<ConfirmedWitness?> ConfirmAsync(WitnessInput? input, Refusals refusals, string field)
    {
        if (input?.WitnessId is not { } id)
        {
            refusals.Add($"{field}.WitnessId", "Choose the witness: another member of staff who saw it.");
            return null;
        }

        if (id == viewer.Value.UserId)
        {
            refusals.Add($"{field}.WitnessId", "The witness must be someone other than you.");
            return null;
        }

        var user = await users.FindByIdAsync(id.ToString());
        if (user is null || user.PracticeId != viewer.Value.PracticeId || !(await users.GetRolesAsync(user)).Intersect(Roles.Staff).Any())
        {
            refusals.Add($"{field}.WitnessId", "Choose one of the practice's staff.");
            return null;
        }

        if (await users.IsLockedOutAsync(user))
        {
            refusals.Add($"{field}.WitnessId", $"{user.DisplayName} cannot witness now: their sign-in is locked. Ask another member of staff.");
            return null;
        }

        var confirmed = !string.IsNullOrEmpty(input.Password) && await users.CheckPasswordAsync(user, input.Password)
            && (!user.TwoFactorEnabled || await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, input.Code?.Replace(" ", "", StringComparison.Ordinal) ?? ""));
        if (!confirmed)
        {
            refusals.Add($"{field}.Password", Wrong);
            kept.Add(() => RefusedAsync(id));
            return null;
        }

        await users.ResetAccessFailedCountAsync(user);
        return new ConfirmedWitness(user.Id, user.DisplayName);
    }

    /// <summary>The audit entry of a witness's confirmation, saved with what they witnessed.</summary>
    public static (AuditCode, string, Guid, Guid?) Confirmed(ConfirmedWitness witness) => (AuditCode.Witness_Confirmed, nameof(TandemUser), witness.Id, null);

    private async Task RefusedAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is { } user)
        {
            await users.AccessFailedAsync(user);
        }

        await audit.SaveAndRecordAsync(AuditCode.Witness_Refused, nameof(TandemUser), id, null);
    }
}

/// <summary>The witness fields of a form (<c>_Witness.cshtml</c>).</summary>
public sealed record WitnessFields(string Prefix, string Id, string Legend, IReadOnlyList<(Guid Id, string Name)> Others, Guid? Chosen, bool ShowErrors = true);
