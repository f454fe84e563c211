namespace Tandem.Core.Measures;

/// <summary>
/// The shipped instruments. PHQ-9 and GAD-7: public domain (Pfizer; no permission required), item texts and scoring as
/// published (Kroenke 2001; Spitzer 2006), thresholds from the NHS Talking Therapies manual. CSI-4: Funk &amp; Rogge (2007),
/// free for clinical and research use; distress below 13.5.
/// </summary>
public static class Instruments
{
    /// <summary>PHQ-9's and GAD-7's answers, with their LOINC answer codes (answer list LL358-3; the difficulty question's is LL359-1).</summary>
    private static readonly ResponseOption[] Frequency =
    [
        new(0, "Not at all", "LA6568-5"), new(1, "Several days", "LA6569-3"), new(2, "More than half the days", "LA6570-1"), new(3, "Nearly every day", "LA6571-9"),
    ];

    public static readonly Instrument Phq9 = new(
        "PHQ-9", "1", "Patient Health Questionnaire (PHQ-9)",
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
        [
            new(1, "Little interest or pleasure in doing things", Frequency, "44250-9"),
            new(2, "Feeling down, depressed, or hopeless", Frequency, "44255-8"),
            new(3, "Trouble falling or staying asleep, or sleeping too much", Frequency, "44259-0"),
            new(4, "Feeling tired or having little energy", Frequency, "44254-1"),
            new(5, "Poor appetite or overeating", Frequency, "44251-7"),
            new(6, "Feeling bad about yourself — or that you are a failure or have let yourself or your family down", Frequency, "44258-2"),
            new(7, "Trouble concentrating on things, such as reading the newspaper or watching television", Frequency, "44252-5"),
            new(8, "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual", Frequency, "44253-3"),
            new(9, "Thoughts that you would be better off dead or of hurting yourself in some way", Frequency, "44260-8"),
        ],
        [new(0, 4, "Minimal"), new(5, 9, "Mild"), new(10, 14, "Moderate"), new(15, 19, "Moderately severe"), new(20, 27, "Severe")],
        new ChangeCriteria(6, 10, BetterWhen.Lower, "NHS Talking Therapies: reliable change 6 points, caseness 10 or more") { RemissionBelow = 5 },
        "44249-1", "44261-6",
        "Public domain (Pfizer); no permission required to reproduce, translate, display or distribute.")
    {
        Unscored =
        [
            new(10, "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
                [new(0, "Not difficult at all", "LA6572-7"), new(1, "Somewhat difficult", "LA6573-5"), new(2, "Very difficult", "LA6575-0"), new(3, "Extremely difficult", "LA6574-3")],
                "69722-7"),
        ],
    };

    public static readonly Instrument Gad7 = new(
        "GAD-7", "1", "Generalized Anxiety Disorder scale (GAD-7)",
        "Over the last 2 weeks, how often have you been bothered by the following problems?",
        [
            new(1, "Feeling nervous, anxious, or on edge", Frequency, "69725-0"),
            new(2, "Not being able to stop or control worrying", Frequency, "68509-9"),
            new(3, "Worrying too much about different things", Frequency, "69733-4"),
            new(4, "Trouble relaxing", Frequency, "69734-2"),
            new(5, "Being so restless that it is hard to sit still", Frequency, "69735-9"),
            new(6, "Becoming easily annoyed or irritable", Frequency, "69689-8"),
            new(7, "Feeling afraid, as if something awful might happen", Frequency, "69736-7"),
        ],
        [new(0, 4, "Minimal"), new(5, 9, "Mild"), new(10, 14, "Moderate"), new(15, 21, "Severe")],
        new ChangeCriteria(4, 8, BetterWhen.Lower, "NHS Talking Therapies: reliable change 4 points, caseness 8 or more") { RemissionBelow = 5 },
        "69737-5", "70274-6",
        "Public domain (Pfizer); no permission required to reproduce, translate, display or distribute.");

    private static readonly ResponseOption[] TrueScale =
    [
        new(0, "Not at all true"), new(1, "A little true"), new(2, "Somewhat true"), new(3, "Mostly true"), new(4, "Almost completely true"), new(5, "Completely true"),
    ];

    private static readonly ResponseOption[] DegreeScale =
    [
        new(0, "Not at all"), new(1, "A little"), new(2, "Somewhat"), new(3, "Mostly"), new(4, "Almost completely"), new(5, "Completely"),
    ];

    /// <summary>Higher is better. No fixed reliable-change threshold is published: the practice enters the SD and reliability it trusts.</summary>
    public static readonly Instrument Csi4 = new(
        "CSI-4", "1", "Couples Satisfaction Index (CSI-4)",
        "Please answer about your relationship with your partner.",
        [
            new(1, "Please indicate the degree of happiness, all things considered, of your relationship.",
                [new(0, "Extremely unhappy"), new(1, "Fairly unhappy"), new(2, "A little unhappy"), new(3, "Happy"), new(4, "Very happy"), new(5, "Extremely happy"), new(6, "Perfect")], null),
            new(2, "I have a warm and comfortable relationship with my partner.", TrueScale, null),
            new(3, "How rewarding is your relationship with your partner?", DegreeScale, null),
            new(4, "In general, how satisfied are you with your relationship?", DegreeScale, null),
        ],
        [new(0, 13, "Distressed"), new(14, 21, "Not distressed")],
        new ChangeCriteria(null, 13.5, BetterWhen.Higher, "Funk & Rogge (2007): distressed below 13.5"),
        null, null,
        "Funk & Rogge (2007); free for research and clinical use.")
    {
        CouplesOnly = true,
    };

    public static readonly IReadOnlyList<Instrument> All = [Phq9, Gad7, Csi4];

    /// <summary>What a case of this kind measures: every instrument, but those for couples only in a couple's case.</summary>
    public static IReadOnlyList<Instrument> For(Cases.CaseKind kind) => [.. All.Where(i => kind == Cases.CaseKind.Couple || !i.CouplesOnly)];

    public static Instrument Find(string code) => All.Single(i => i.Code == code);

    /// <summary>PHQ-9 item 9: any answer above 0 raises the safety alert.</summary>
    public static bool RaisesSafetyAlert(Instrument instrument, IReadOnlyDictionary<int, int> answers) =>
        instrument.Code == Phq9.Code && answers.TryGetValue(9, out var value) && value > 0;
}
