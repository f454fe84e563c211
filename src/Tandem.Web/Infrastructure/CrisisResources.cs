namespace Tandem.Web.Infrastructure;

/// <summary>Where a client in crisis can turn now, shown wherever they might write or answer something alarming.</summary>
public static class CrisisResources
{
    public const string Now = "If you are thinking about hurting yourself, call or text 988 (Suicide & Crisis Lifeline) now, or 911 in an emergency.";
}
