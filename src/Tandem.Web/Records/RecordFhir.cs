using System.Globalization;
using System.Text;
using Hl7.Fhir.Model;
using Tandem.Core.Measures;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Pages.Portal.Corrections;
using Tandem.Web.Pages.Portal.Sessions;
using Tandem.Web.Pages.Reports;
using QuestionnaireResponse = Hl7.Fhir.Model.QuestionnaireResponse;

namespace Tandem.Web.Records;

/// <summary>
/// The client's record as a FHIR R4 collection Bundle. Every reference points at an entry of the Bundle by its urn:uuid;
/// a partner's shared writing names its author by display only, since the partner's own record is not the client's.
/// </summary>
public static class RecordFhir
{
    private const string Loinc = "http://loinc.org";
    private const string Snomed = "http://snomed.info/sct";
    private const string Ucum = "http://unitsofmeasure.org";
    private const string Local = OutcomeFhir.Base + "/CodeSystem/client-record";

    public static Bundle Build(ClientRecord r)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Id = Guid.NewGuid().ToString(), Timestamp = new DateTimeOffset(r.PreparedAt, TimeSpan.Zero) };
        string Add(Resource resource)
        {
            var url = $"urn:uuid:{Guid.NewGuid()}";
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = url, Resource = resource });
            return url;
        }

        var patient = new ResourceReference(Add(new Patient
        {
            Name = [new HumanName { Family = r.LastName, Given = [r.FirstName] }],
            Telecom = [new ContactPoint(ContactPoint.ContactPointSystem.Email, null, r.Email)],
            BirthDate = (r.Intakes.Count > 0 ? r.Intakes[^1] : null)?.Answers.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));
        Add(Document(patient, "Note", r.Notice, r.PreparedAt, null));

        foreach (var c in r.Consents)
        {
            Add(new Consent
            {
                Status = Consent.ConsentState.Active, Patient = patient, DateTime = Instant(c.SignedAt).Value,
                Scope = new CodeableConcept("http://terminology.hl7.org/CodeSystem/consentscope", "treatment"),
                Category = [new CodeableConcept(Loinc, "59284-0", "Patient Consent")],
                PolicyRule = new CodeableConcept { Text = $"{c.Title}, version {c.Number}, signed as {c.TypedName}" },
            });
        }

        foreach (var intake in r.Intakes)
        {
            var response = new QuestionnaireResponse { Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed, Subject = patient, Authored = Instant(intake.SubmittedAt).Value };
            var n = 0;
            foreach (var (question, answer) in RecordAnswers.Of(intake.Answers))
            {
                response.Item.Add(new QuestionnaireResponse.ItemComponent
                {
                    LinkId = $"intake-{++n}", Text = question, Answer = [new QuestionnaireResponse.AnswerComponent { Value = new FhirString(answer) }],
                });
            }

            Add(response);
        }

        foreach (var v in r.Reviews)
        {
            var text = $"Medical review: {RecordAnswers.Decision(v.Decision)}{(v.ClearedUntil is { } until ? $" until {until:yyyy-MM-dd}" : "")}{(v.Question is { } q ? " — " + q : "")}";
            Add(Document(patient, "Medical review", text, v.At, null));
        }

        var encounters = new Dictionary<Guid, ResourceReference>();
        foreach (var s in r.Sessions)
        {
            encounters[s.Id] = new ResourceReference(Add(new Encounter
            {
                Status = s.IsDone(r.Today) ? Encounter.EncounterStatus.Finished : Encounter.EncounterStatus.Planned,
                Class = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"),
                Type = [new CodeableConcept(Local, s.Kind.ToString(), MySessions.Name(s.Kind))],
                Subject = patient,
                Period = new Period { Start = s.StartsAt is { } at ? Instant(at).Value : s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            }));
        }

        foreach (var d in r.Doses)
        {
            RecordFhirDoses.Add(Add, d, patient, encounters);
        }

        foreach (var i in r.Integrations)
        {
            var plan = new CarePlan
            {
                Status = RequestStatus.Active, Intent = CarePlan.CarePlanIntent.Plan, Subject = patient, Title = "Integration", Description = i.Insights,
                Created = Instant(i.SignedAt).Value,
                Encounter = encounters.TryGetValue(i.SeriesSessionId, out var encounter) ? encounter : null,
            };
            plan.Activity.AddRange(i.Practices.Select(p => new CarePlan.ActivityComponent
            {
                Detail = new CarePlan.DetailComponent { Status = CarePlan.CarePlanActivityStatus.InProgress, Description = p },
            }));
            Add(plan);
        }

        foreach (var intention in r.Intentions)
        {
            Add(new Goal
            {
                LifecycleStatus = Goal.GoalLifecycleStatus.Active, Subject = patient, Description = new CodeableConcept { Text = intention.Text },
                ExpressedBy = intention.AuthorId == r.ClientId ? patient : new ResourceReference { Display = intention.Author },
            });
        }

        foreach (var h in r.HotSpots)
        {
            Add(Document(patient, "Hot spot", $"{h.Situation} — feeling {h.Feeling}; usually {h.UsualResponse}", r.PreparedAt, h.AuthorId == r.ClientId ? null : h.Author));
        }

        foreach (var e in r.Journal)
        {
            Add(Document(patient, "Journal entry", (e.Title is { } t ? t + "\n\n" : "") + e.Body, e.WrittenAt, e.AuthorId == r.ClientId ? null : e.Author));
        }

        foreach (var map in r.Maps)
        {
            Add(Document(patient, "Relationship map", string.Join("\n", map.People.Select(RecordAnswers.Person)), map.DrawnAt, map.OwnerId == r.ClientId ? null : map.Owner));
        }

        foreach (var row in r.HomePracticeLog)
        {
            var lines = row.Days.Values.OrderBy(c => c.Day).Select(c => $"{c.Day:yyyy-MM-dd}: {(c.Done ? "done" : "not done")}{(c.Note is { } n ? " — " + n : "")}");
            Add(Document(patient, "Practice log", $"{row.Practice.Name}\n" + string.Join("\n", lines), r.PreparedAt, null));
        }

        foreach (var e in r.Repair)
        {
            foreach (var side in new[] { e.Mine, e.Theirs }.OfType<Pages.Portal.Repair.RepairLog.Side>())
            {
                Add(Document(patient, "Repair log side", $"{e.OccurredOn:yyyy-MM-dd}: {side.Text.WhatSetItOff}; outcome {side.Text.Outcome}", r.PreparedAt, side.ClientId == r.ClientId ? null : side.Name));
            }
        }

        foreach (var s in r.Scores)
        {
            var instrument = Instruments.Find(s.InstrumentCode);
            Add(new Observation
            {
                Status = ObservationStatus.Final, Subject = patient,
                Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "survey")],
                Code = new CodeableConcept { Text = $"{instrument.Code} total score", Coding = [instrument.TotalLoinc is { } total ? new Coding(Loinc, total) : new Coding(Local, $"{instrument.Code}-total")] },
                Effective = new FhirDateTime(s.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Value = FhirScore.Of(instrument, s.Value),
                Note = [new Annotation { Text = s.Timepoint.Name }],
            });
        }

        foreach (var note in r.Team?.Notes ?? [])
        {
            Add(Document(patient, "Care team note", $"{note.Kind}\n\n{note.Text}", note.At, note.Author));
        }

        foreach (var c in r.Corrections)
        {
            Add(Document(patient, "Correction request", CorrectionText(c), c.RequestedAt, null));
        }

        return bundle;
    }

    /// <summary>The request as asked, its outcome and reason, the amendment and the client's statement of disagreement, as one text.</summary>
    private static string CorrectionText(CorrectionLog.Item c) => string.Join("\n", new[]
    {
        $"What: {c.What}", $"Why: {c.Why}", CorrectionLog.Outcome(c.State) + (c.DecidedAt is { } at ? $" on {at:yyyy-MM-dd}" : ""),
        c.Reason is { } reason ? $"Reason: {reason}" : null,
        c.Amendment is { } amendment ? $"The record now says: {amendment}" : null,
        c.Disagreement is { } statement ? $"Statement of disagreement ({c.DisagreedAt:yyyy-MM-dd}): {statement}" : null,
    }.OfType<string>());

    internal static FhirDateTime Instant(DateTime utc) => new(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>A piece of writing as a DocumentReference, its text attached; a partner's or the team's names its author.</summary>
    private static DocumentReference Document(ResourceReference patient, string kind, string text, DateTime at, string? partner) => new()
    {
        Status = DocumentReferenceStatus.Current, Subject = patient, Type = new CodeableConcept(Local, kind.ToLowerInvariant().Replace(' ', '-'), kind),
        Date = new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)),
        Author = [partner is null ? patient : new ResourceReference { Display = partner }],
        Content = [new DocumentReference.ContentComponent { Attachment = new Attachment { ContentType = "text/plain; charset=utf-8", Data = Encoding.UTF8.GetBytes(text), Title = kind } }],
    };
}
