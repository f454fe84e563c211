using Microsoft.EntityFrameworkCore;
using Tandem.Core.Register;
using Tandem.Data;

namespace Tandem.Web.Pages.Register;

/// <summary>The register in the words of its jurisdiction: US Schedule III records (21 CFR 1304) or a UK Schedule 2 controlled drugs register.</summary>
public sealed record RegisterWording(string Title, string Law, string Retention, string SupplierRegistration, string LossReport)
{
    public static RegisterWording For(Jurisdiction jurisdiction) => jurisdiction == Jurisdiction.UnitedKingdom
        ? new("Controlled drugs register", "Ketamine is a Schedule 2 controlled drug (Misuse of Drugs Regulations 2001).",
            "Kept for at least two years from the date of the last entry.", "Supplier's licence or registration number",
            "Report reference (police or the CD accountable officer)")
        : new("Controlled-substance register", "Ketamine is a Schedule III controlled substance (21 CFR 1304).",
            "Kept for at least two years, readily retrievable.", "Supplier's DEA registration number", "Report reference (DEA Form 106)");

    public static string Name(Jurisdiction jurisdiction) => jurisdiction == Jurisdiction.UnitedKingdom ? "United Kingdom" : "United States";
}

public static class RegisterJurisdictions
{
    public static async Task<RegisterWording> RegisterWordingAsync(this TandemDbContext db, Guid practiceId) =>
        RegisterWording.For(await db.RegisterSettings.Where(s => s.PracticeId == practiceId).Select(s => (Jurisdiction?)s.Jurisdiction).FirstOrDefaultAsync() ?? Jurisdiction.UnitedStates);
}
