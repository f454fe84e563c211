using Microsoft.EntityFrameworkCore;
using Tandem.Core.Measures;
using Tandem.Data;

namespace Tandem.Web.Pages.Measures;

/// <summary>The facts <see cref="AnswerWindow"/> needs from the database: the practice's window and the next timepoint.</summary>
public static class AnswerWindows
{
    public static Task<AnswerWindow> AnswerWindowAsync(this TandemDbContext db, Guid practiceId) =>
        db.Practices.Where(p => p.Id == practiceId).Select(p => new AnswerWindow(p.AnswerOpensDaysBefore, p.AnswerClosesDaysAfter)).SingleAsync();

    /// <summary>When the next timepoint of the same instrument, for the same client and case, is due; null for the last.</summary>
    public static Task<DateOnly?> NextDueAsync(this TandemDbContext db, QuestionnaireResponse response) =>
        db.QuestionnaireResponses.AsNoTracking()
            .Where(n => n.PracticeId == response.PracticeId && n.ClientId == response.ClientId && n.CaseId == response.CaseId && n.InstrumentCode == response.InstrumentCode && n.DueOn > response.DueOn)
            .OrderBy(n => n.DueOn)
            .Select(n => (DateOnly?)n.DueOn)
            .FirstOrDefaultAsync();
}
