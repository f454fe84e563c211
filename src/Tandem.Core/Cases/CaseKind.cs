namespace Tandem.Core.Cases;

public enum CaseKind
{
    Individual = 1,
    Couple = 2,
}
