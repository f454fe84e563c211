using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>Validates a Bundle with Firely's validator against the FHIR R4 core definitions, built once per test run.</summary>
public static class FhirChecks
{
    private static readonly Lazy<Validator> Validator = new(() =>
    {
        var source = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(source, LocalTerminologyService.CreateDefaultForCore(source));
    });

    public static List<OperationOutcome.IssueComponent> Errors(Bundle bundle) =>
        [.. Validator.Value.Validate(bundle).Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)];
}
