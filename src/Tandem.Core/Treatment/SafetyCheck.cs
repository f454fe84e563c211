namespace Tandem.Core.Treatment;

/// <summary>
/// A dosing session's safety checks. A prescriber's override is stored against its check's number, so the numbers never
/// change; the words on the page are the finding's message, free to change.
/// </summary>
public enum SafetyCheck
{
    NoOrder = 1,
    NoClearance = 2,
    ClearanceExpired = 3,
    Consent = 4,
    NoBaseline = 5,
    BloodPressure = 6,
    HeartRate = 7,
    DoseBand = 8,
    DoseDiffers = 9,
    TooSoon = 10,
    Checklist = 11,
    NoRecheck = 12,
    Observation = 13,
    DischargeChecks = 14,
    NotGiven = 15,
    NotDischarged = 16,
    BeforeItsDay = 17,
}
