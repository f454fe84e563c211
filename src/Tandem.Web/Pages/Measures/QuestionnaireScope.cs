using Microsoft.EntityFrameworkCore;
using Tandem.Core.Measures;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Authorization.Material;

namespace Tandem.Web.Pages.Measures;

/// <summary>Questionnaires reached through <see cref="QuestionnaireResponseHandler"/>: the facts of each, then the handler decides.</summary>
public sealed class QuestionnaireScope(TandemDbContext db, MaterialScope scope)
{
    /// <summary>What decides access to one questionnaire, read from its row.</summary>
    public sealed record Row(Guid Id, Guid PracticeId, Guid ClientId, Guid CaseId, string InstrumentCode, bool IsSubmitted);

    public async Task<List<T>> AllowedAsync<T>(IReadOnlyList<T> items, Func<T, Row> row, MaterialRequirement<QuestionnaireResponse> operation)
    {
        var rows = items.Select(row).ToList();
        var cases = rows.Select(r => r.CaseId).Distinct().ToList();
        var asked = await scope.CaseFactsAsync(cases);
        var shares = await scope.SharesOfAsync(MaterialKind.QuestionnaireResponse, [.. rows.Select(r => r.Id)]);
        var shown = (await db.CaseParticipants.AsNoTracking()
                .Where(p => p.PracticeId == scope.Viewer.PracticeId && cases.Contains(p.CaseId) && p.ShowsCoupleScoresToPartner)
                .Select(p => new { p.CaseId, p.ClientId })
                .ToListAsync())
            .Select(p => (p.CaseId, p.ClientId)).ToHashSet();
        return await scope.WhereAsync(items, item =>
        {
            var r = row(item);
            return new QuestionnaireFacts(
                r.PracticeId, r.ClientId, r.IsSubmitted, asked[r.CaseId], QuestionnaireFacts.ShowsToPartner(r.InstrumentCode, shown.Contains((r.CaseId, r.ClientId))),
                [.. shares[r.Id].Select(s => s.Case)]);
        }, operation);
    }
}
