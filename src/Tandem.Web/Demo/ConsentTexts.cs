namespace Tandem.Web.Demo;

/// <summary>The demo practice's first consent texts; a real practice publishes its own.</summary>
internal static class ConsentTexts
{
    public const string Individual = """
        Ketamine-assisted psychotherapy (KAP) combines psychotherapy with sublingual ketamine, prescribed and supervised by a licensed prescriber.

        What happens: after preparation sessions, you take a prescribed dose of ketamine under observation at the practice, followed by an integration session. Your blood pressure and heart rate are checked before the dose, about 40 minutes after it, and before you leave. You will not drive that day and someone you trust takes you home.

        Risks include raised blood pressure and heart rate, nausea, dizziness, temporary confusion or distress, and in rare cases bladder problems with frequent use. Ketamine can be misused; it is given only in session.

        You can stop at any time. You agree to tell us about any change in your health or medicines, and not to take alcohol or benzodiazepines in the 24 hours before a dosing session.

        Your records are private. We share them only with your consent, or when the law requires it to prevent serious harm.
        """;

    public const string Couple = Individual + """


        Working as a couple. Each of you has a private space in the portal: your intake, your dose records and what you write as "only me" or "me and my clinician" are never shown to your partner.

        Our policy on secrets: we will not keep a secret from one partner that undermines the couple's work (for example an ongoing affair). If you tell us something like this alone, we will help you decide how to bring it into the shared work within a reasonable time; if that is not possible, we may end the couples work. Safety comes first: if either of you is at risk of harm, we speak with each of you alone.
        """;
}
