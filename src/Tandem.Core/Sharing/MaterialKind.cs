namespace Tandem.Core.Sharing;

/// <summary>The kinds of material a client owns and may share into a case. Values are stored: never renumber.</summary>
public enum MaterialKind
{
    JournalEntry = 1,
    Intention = 2,
    HotSpot = 3,

    /// <summary>An answered questionnaire from another case, shared so this case's team sees its score.</summary>
    QuestionnaireResponse = 4,

    /// <summary>One snapshot of the client's relationship map, shared on its own like a journal entry.</summary>
    MapSnapshot = 5,
}
