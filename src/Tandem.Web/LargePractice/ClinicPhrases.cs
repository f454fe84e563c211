namespace Tandem.Web.LargePractice;

/// <summary>What clinicians and clients write, in the clinic's words, for the generator to draw from.</summary>
internal static class ClinicPhrases
{
    public static readonly string[] CaseNotes =
    [
        "Named the same hot spot in the consultation: plans changed at short notice, then one withdraws and the other pursues.",
        "Long history of treatment-resistant depression; two SSRIs tried. Hopes for a reset rather than a cure.",
        "Sleep is the first thing to go when stress rises. Agreed to keep a sleep log through preparation.",
        "Asked about driving after sessions; went through the escort and no-driving rules again.",
        "Grief for a parent sits under much of the low mood. Expect it to come up in the first journey.",
        "Good support at home. Partner will escort on dosing days.",
        "Slowed down mid-argument and named the fear underneath. Practising repair over rupture.",
        "Anxious about losing control; spent the session on what the first twenty minutes usually feel like.",
    ];

    public static readonly string[] Medications = ["None", "Sertraline 50 mg daily", "Bupropion 150 mg daily", "Levothyroxine 75 mcg", "Vitamin D", "Escitalopram 10 mg daily"];

    public static readonly string[] MedicalHistories = ["None of note", "Asthma in childhood", "Migraine, well controlled", "Hypothyroidism, treated", "Knee surgery 2019"];

    public static readonly string[] PsychiatricHistories =
    [
        "Depression, treated with talk therapy 2019–2022", "Generalised anxiety since university", "Two depressive episodes, the last in 2021",
        "PTSD after a car accident; EMDR in 2020", "No formal diagnosis; long-standing low mood",
    ];

    public static readonly string[] Playlists = ["Journey (East Forest)", "Ketamine journey (Wavepaths)", "Piano and strings", "Jon Hopkins: Music for Psychedelic Therapy"];

    public static readonly string[] SharedPlaylists = ["Quiet conversation", "Soft ambient, low volume"];

    public static readonly string[] Observations =
    [
        "Settled quickly; tearful around 40 minutes.", "Restless for the first quarter hour, then still.", "Spoke of a childhood kitchen; calm on return.",
        "Some nausea at the peak, settled with breathing.", "Quiet throughout; smiled on coming back.",
    ];

    public static readonly string[] SharedObservations =
    [
        "Talked about the kitchen argument with warmth.", "Long silences, then hands held.", "Each named what they miss about the other.",
    ];

    public static readonly string[] ClinicianNotes =
    [
        "Worked with the image of the closed door from the journey.", "Much of the session on the grief that surfaced.",
        "Noticed how quickly self-criticism returned after the session.", "Body-based work: the tightness in the chest as a signal, not a threat.",
    ];

    public static readonly string[] Insights =
    [
        "The urge to withdraw came with a memory of being unheard. It protected you once; you can choose differently now.",
        "You met the part of you that works so hard to be liked, and thanked it.", "Rest is not the same as giving up.",
        "The heaviness lifted when you stopped arguing with it.",
    ];

    public static readonly string[] JointInsights =
    [
        "You both noticed the moment the voice rises and chose to pause together. Keep naming the fear underneath.",
        "Underneath the arguments about chores is the question: do I matter to you?", "Reaching back after a hard moment worked twice this week.",
    ];

    public static readonly string[] JournalTitles = ["After the journey", "A hard day", "Small win", "Noticing", "Before tomorrow's session", "Sleep", "What came up"];

    public static readonly string[] JournalLines =
    [
        "I saw how early the tightness starts. **Before** any words.", "Woke at four again but did not spiral.", "Walked for an hour without my phone.",
        "I texted this time. It felt small and it changed the evening.", "Still thinking about the image of the open field.",
        "Felt flat today, but not hopeless. That is new.", "Called my sister for the first time in months.", "Something I am not ready to say to anyone yet.",
    ];

    public static readonly string[] CheckInNotes = ["Caught it before my voice rose.", "Easier in the morning.", "Did it twice today.", "Forgot until bedtime."];

    public static readonly string[] RepairTriggers =
    [
        "Late again and didn't text.", "The silence when I came in.", "Money, again.", "A joke at dinner that landed badly.", "Who forgot the school forms.",
    ];

    public static readonly string[] EarlySigns = ["Tight jaw, rehearsing what I'd say.", "Wanting to leave the room.", "Voice getting louder.", "Going quiet and cold."];

    public static readonly string[] NextTime =
    [
        "Say I'm worried before I say I'm angry.", "Text when I'm running late.", "Ask what the silence means.", "Take ten minutes, then come back.",
    ];
}
