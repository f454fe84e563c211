using Tandem.Core.Audit;
using Tandem.Core.Clients;
using Tandem.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Pages.Account;

/// <summary>Invites a client to their portal: a single-use link, emailed once the invitation is committed.</summary>
public sealed class PortalInvitations(TandemDbContext db, ClinicalAudit audit, Mailer mailer, PublicLinks links, TimeProvider clock)
{
    public async Task<string> InviteAsync(Client client, string practiceName, Guid byStaffId)
    {
        var (invitation, token) = ClientInvitation.Create(client.PracticeId, client.Id, byStaffId, clock.GetUtcNow().UtcDateTime);
        db.ClientInvitations.Add(invitation);
        await audit.SaveAndRecordAsync(AuditCode.ClientInvitation_Created, nameof(ClientInvitation), invitation.Id, client.Id);
        var link = links.Page("/Account/Invitation", new { token });
        mailer.SendAfterCommit(
            client.FullName,
            client.Email,
            $"Your private portal at {practiceName}",
            $"""
            Hello {client.FirstName},

            {practiceName} has set up a private portal for you. Choose your password here:
            {link}

            The link works once and expires in seven days. If it has expired, ask the practice for a new one.

            {practiceName}
            """);
        return link;
    }
}
