using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>
/// Validates a Bundle with Firely's validator against the FHIR R4 core definitions, built once per test run. The
/// validator and its resolvers are not thread-safe (firely-validator-api#381): the SQLite and PostgreSQL collections
/// validate at the same time, and unguarded they now and then reported errors in a valid Bundle.
/// </summary>
public static class FhirChecks
{
    private static readonly Lock Validating = new();

    private static readonly Lazy<Validator> Validator = new(() =>
    {
        var source = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(source, LocalTerminologyService.CreateDefaultForCore(source));
    });

    public static List<OperationOutcome.IssueComponent> Errors(Bundle bundle)
    {
        lock (Validating)
        {
            return [.. Validator.Value.Validate(bundle).Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)];
        }
    }
}
