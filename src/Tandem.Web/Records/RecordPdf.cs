using System.Globalization;
using Tandem.Core.Dosing;
using Tandem.Core.Intake;
using Tandem.Core.Measures;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.Corrections;
using Tandem.Web.Pages.Portal.Sessions;

namespace Tandem.Web.Records;

/// <summary>The client's record as a readable PDF, in the practice's time zone, section by section.</summary>
public static class RecordPdf
{
    public static byte[] Build(ClientRecord r)
    {
        var zone = r.Zone;
        string When(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("d MMMM yyyy HH:mm", CultureInfo.InvariantCulture);
        string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        string Mg(decimal? mg) => mg?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";
        string Heading(string yours, string theirs) => r.Team is null ? yours : theirs;

        using var pdf = new PdfPages($"Record of {r.FullName}");
        pdf.Title($"Record of {r.FullName}");
        pdf.Line($"{r.Practice} · prepared {When(r.PreparedAt)}");
        pdf.Line(r.Notice);

        pdf.Section(Heading("Your details", "Details"));
        pdf.Line($"{r.FullName} · {r.Email}{(r.Phone is { } phone ? " · " + phone : "")}");

        pdf.Section(Heading("Consents you signed", "Consents signed"));
        Each(pdf, r.Consents, c => $"{c.Title} (version {c.Number}), signed as {c.TypedName} on {When(c.SignedAt)}");

        pdf.Section(Heading("Your intake", "Intake"));
        foreach (var intake in r.Intakes)
        {
            pdf.Line($"Version {intake.Number}, submitted {When(intake.SubmittedAt)}");
            foreach (var (question, answer) in RecordAnswers.Of(intake.Answers))
            {
                pdf.Line($"{question}: {answer}");
            }
        }

        pdf.Section("Medical review");
        Each(pdf, r.Reviews, v => $"{When(v.At)}: {RecordAnswers.Decision(v.Decision)}{(v.ClearedUntil is { } until ? " until " + Day(until) : "")}{(v.Question is { } q ? " — " + q : "")}");

        pdf.Section(Heading("Your sessions", "Sessions"));
        Each(pdf, r.Sessions, s => $"{Day(s.Date)}: {(r.Team is null ? MySessions.Name(s.Kind) : Pages.Series.SessionNames.Of(s.Kind))} (session {s.Number}){(s.IsDone(r.Today) ? "" : ", planned")}");

        pdf.Section(Heading("Your dosing records", "Dosing records"));
        foreach (var d in r.Doses.Select(d => d.Record))
        {
            pdf.Line($"{(d.GivenAt is { } at ? When(at) : "Not given")}: {d.Medication}, {RecordAnswers.Route(d.Route)}, {Mg(d.DoseMg)} mg, lot {d.LotNumber ?? "—"}, weight {Mg(d.WeightKg)} kg"
                + (d.BoosterMg is { } booster ? $", booster {Mg(booster)} mg" : ""));
            foreach (var v in d.Vitals.OrderBy(v => v.At))
            {
                pdf.Line($"  Vitals at {When(v.At)}: blood pressure {v.Systolic}/{v.Diastolic}, heart rate {v.HeartRate}{(v.SpO2 is { } o ? $", SpO2 {o}%" : "")}");
            }

            foreach (var e in d.AdverseEvents.OrderBy(e => e.At))
            {
                pdf.Line($"  Noted at {When(e.At)}: {e.Kind} ({e.Severity.ToString().ToLowerInvariant()}) — {e.Action}");
            }
        }

        pdf.Section("Integration: insights and practices");
        foreach (var i in r.Integrations)
        {
            pdf.Line($"{When(i.SignedAt)}: {i.Insights}");
            Each(pdf, i.Practices, p => $"  Practice: {p}");
        }

        pdf.Section("Intentions and hot spots");
        Each(pdf, r.Intentions, i => $"Intention ({i.Author}): {i.Text}");
        Each(pdf, r.HotSpots, h => $"Hot spot ({h.Author}): {h.Situation} — feeling {h.Feeling}; usually {h.UsualResponse}");

        pdf.Section("Journal");
        foreach (var e in r.Journal)
        {
            pdf.Line($"{When(e.WrittenAt)}, {e.Author}{(e.Title is { } t ? ": " + t : "")}");
            pdf.Line(e.Body);
        }

        pdf.Section(Heading("Your relationship map", "Relationship map"));
        foreach (var map in r.Maps)
        {
            pdf.Line($"Drawn {When(map.DrawnAt)}{(map.OwnerId == r.ClientId ? "" : ", by " + map.Owner)}");
            Each(pdf, map.People, p => "  " + RecordAnswers.Person(p));
        }

        if (r.Maps.Count == 0)
        {
            pdf.Line("Nothing yet.");
        }

        pdf.Section("Practice log");
        foreach (var row in r.HomePracticeLog)
        {
            pdf.Line($"{row.Practice.Name} (streak {row.Streak})");
            Each(pdf, row.Days.Values.OrderBy(c => c.Day), c => $"  {Day(c.Day)}: {(c.Done ? "done" : "not done")}{(c.Note is { } n ? " — " + n : "")}");
        }

        pdf.Section("Repair log");
        foreach (var e in r.Repair)
        {
            foreach (var side in new[] { e.Mine, e.Theirs }.OfType<Pages.Portal.Repair.RepairLog.Side>())
            {
                pdf.Line($"{Day(e.OccurredOn)}, {side.Name}: {side.Text.WhatSetItOff}; outcome {side.Text.Outcome}{(side.Text.NextTime is { } n ? "; next time " + n : "")}");
            }
        }

        pdf.Section(Heading("Your scores", "Scores"));
        Each(pdf, r.Scores, s => $"{Day(s.Day)}: {s.InstrumentCode} {Instruments.Find(s.InstrumentCode).Show(s.Value)} ({s.Timepoint.Name})");
        foreach (var scores in r.Scores.GroupBy(s => s.InstrumentCode))
        {
            var instrument = Instruments.Find(scores.Key);
            pdf.Chart($"{instrument.Code} over time ({instrument.Name})", [.. scores.Select(s => (s.Day, s.Value))],
                instrument.MinimumScore, instrument.MaximumScore);
        }

        if (r.Team is { } team)
        {
            pdf.Section("The care team's notes");
            foreach (var note in team.Notes)
            {
                pdf.Line($"{When(note.At)}, {note.Kind}, {note.Author}");
                pdf.Line(note.Text);
            }
        }

        pdf.Section("Corrections");
        foreach (var c in r.Corrections)
        {
            pdf.Line($"Asked {When(c.RequestedAt)}: {c.What}");
            pdf.Line($"Why: {c.Why}");
            pdf.Line(CorrectionLog.Outcome(c.State) + (c.DecidedAt is { } at ? $" on {When(at)}" : ""));
            Optional(pdf, "Reason", c.Reason);
            Optional(pdf, "The record now says", c.Amendment);
            Optional(pdf, $"Your statement of disagreement{(c.DisagreedAt is { } said ? $" ({When(said)})" : "")}", c.Disagreement);
        }

        if (r.Corrections.Count == 0)
        {
            pdf.Line("Nothing yet.");
        }

        return pdf.ToBytes();
    }

    private static void Optional(PdfPages pdf, string label, string? text)
    {
        if (text is not null)
        {
            pdf.Line($"{label}: {text}");
        }
    }

    private static void Each<T>(PdfPages pdf, IEnumerable<T> items, Func<T, string> line)
    {
        var any = false;
        foreach (var item in items)
        {
            pdf.Line(line(item));
            any = true;
        }

        if (!any)
        {
            pdf.Line("Nothing yet.");
        }
    }
}
