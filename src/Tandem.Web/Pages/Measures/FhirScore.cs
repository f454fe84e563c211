using Hl7.Fhir.Model;
using Tandem.Core.Measures;

namespace Tandem.Web.Pages.Measures;

public static class FhirScore
{
    /// <summary>A score as an Observation's value: a total as an integer, a mean as a decimal to the instrument's decimals.</summary>
    public static DataType Of(Instrument instrument, double score) => instrument.Scoring == Scoring.Sum
        ? new Integer((int)Math.Round(score))
        : new FhirDecimal(Math.Round((decimal)score, instrument.Decimals));
}
