using Tandem.Core.Treatment;

namespace Tandem.Web.Pages.Series;

public static class SessionNames
{
    public static string Of(SessionKind kind) => kind switch
    {
        SessionKind.IndividualJourney => "Individual journey",
        SessionKind.SharedJourney => "Shared psycholytic journey",
        SessionKind.IndividualIntegration => "Individual integration",
        _ => "Joint integration",
    };
}
