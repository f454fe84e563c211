namespace Tandem.Core.Intake;

public enum ScreenCategory
{
    Condition = 1,
    MentalHealthAndSubstances = 2,
    Other = 3,
    InteractingMedicine = 4,
}

/// <summary>One question of the practice's contraindication screen (the practice may change its list).</summary>
public sealed class ContraindicationItem : PracticeRecord
{
    public ScreenCategory Category { get; set; }
    public required string Text { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>The screen DOMAIN.md lists, which every new practice starts from.</summary>
public static class DefaultContraindications
{
    public static readonly IReadOnlyList<(ScreenCategory Category, string Text)> All =
    [
        (ScreenCategory.Condition, "Uncontrolled high blood pressure or heart disease"),
        (ScreenCategory.Condition, "Aneurysm or a past bleed in the brain"),
        (ScreenCategory.Condition, "Uncontrolled glaucoma"),
        (ScreenCategory.Condition, "Severe breathing problems"),
        (ScreenCategory.Condition, "Overactive thyroid (hyperthyroidism)"),
        (ScreenCategory.Condition, "Severe liver disease"),
        (ScreenCategory.Condition, "Bladder problems (cystitis)"),
        (ScreenCategory.MentalHealthAndSubstances, "Personal or family history of psychosis"),
        (ScreenCategory.MentalHealthAndSubstances, "Mania now or recently"),
        (ScreenCategory.MentalHealthAndSubstances, "Thoughts of ending your life that you intend to act on"),
        (ScreenCategory.MentalHealthAndSubstances, "Current problem with alcohol or drug use"),
        (ScreenCategory.Other, "Pregnant or breastfeeding"),
        (ScreenCategory.Other, "Allergy to ketamine"),
        (ScreenCategory.InteractingMedicine, "Taking opioids"),
        (ScreenCategory.InteractingMedicine, "Taking benzodiazepines"),
        (ScreenCategory.InteractingMedicine, "Taking MAOIs"),
    ];

    public static IEnumerable<ContraindicationItem> For(Guid practiceId) =>
        All.Select((item, i) => new ContraindicationItem { PracticeId = practiceId, Category = item.Category, Text = item.Text, SortOrder = i + 1 });
}
