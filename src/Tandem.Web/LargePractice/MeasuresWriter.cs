using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Measures;
using Tandem.Core.Treatment;
using Tandem.Web.Demo;

namespace Tandem.Web.LargePractice;

/// <summary>
/// The questionnaires of each person: the intake baseline, then the series' measurement plan as the app schedules it,
/// each answered (mostly) once due, with scores that fall as care goes on, by how much each person responds.
/// </summary>
internal sealed class MeasuresWriter(Generation generation)
{
    public void Write(GeneratedCase generated, DosingSeries? series)
    {
        var story = generated.Story;
        if (!story.Reached(CaseStage.MedicalReview))
        {
            return;
        }

        var answeredUntil = story.LastActive < generation.Today ? story.LastActive : generation.Today;
        var stillInCare = CaseJourney.IsActive(story.Stage);
        foreach (var person in generated.People)
        {
            var course = new Course(generation.Random);
            foreach (var instrument in Instruments.For(story.Kind))
            {
                Ask(generated, person, null, instrument.Code, Timepoint.Baseline, story.IntakeSubmitted, 0, course, answeredUntil);
            }

            if (series is null)
            {
                continue;
            }

            var plan = series.Sessions.Select(s => s.ToPlanned()).ToList();
            var doses = plan.Count(s => !s.Cancelled && s.Doses(person.Id));
            foreach (var measure in MeasurementSchedule.ForSeries(story.Kind, [.. generated.People.Select(p => p.Id)], plan).Where(m => m.ClientId == person.Id))
            {
                if (stillInCare || measure.DueOn <= story.LastActive)
                {
                    Ask(generated, person, series.Id, measure.InstrumentCode, measure.Timepoint, measure.DueOn, Progress(measure.Timepoint, doses), course, answeredUntil);
                }
            }
        }
    }

    private void Ask(GeneratedCase generated, Client person, Guid? seriesId, string code, Timepoint timepoint, DateOnly due, double progress, Course course, DateOnly answeredUntil)
    {
        var instrument = Instruments.Find(code);
        var response = new QuestionnaireResponse
        {
            PracticeId = generation.PracticeId, ClientId = person.Id, CaseId = generated.Case.Id, SeriesId = seriesId, InstrumentCode = instrument.Code,
            InstrumentVersion = instrument.Version, Timepoint = timepoint, DueOn = due,
        };
        var answerRate = timepoint.Kind == TimepointKind.FollowUp ? 0.8f : 0.95f;
        if (due <= answeredUntil && generation.Random.Bool(answerRate))
        {
            var day = due.AddDays(generation.Random.Int(-2, 1));
            day = day > answeredUntil ? answeredUntil : day;
            response.Submit(DemoMeasures.Spread(instrument, course.Score(instrument, progress)), generation.At(day, generation.Random.Int(7, 22), generation.Random.Int(0, 59)));
            generation.Tally.ItemAnswers += instrument.AllItems.Count();
        }

        generation.Db.QuestionnaireResponses.Add(response);
    }

    /// <summary>How far through care a timepoint is: 0 at baseline, 1 at the end of the series and after.</summary>
    private static double Progress(Timepoint timepoint, int doses) => timepoint.Kind switch
    {
        TimepointKind.MidSeries => 0.5,
        TimepointKind.BeforeDose => (timepoint.Number - 1) / (double)Math.Max(1, doses),
        _ => 1.0,
    };

    /// <summary>One person's starting scores and how strongly they respond to care.</summary>
    private sealed class Course(Bogus.Randomizer random)
    {
        private readonly Dictionary<string, int> baseline = new()
        {
            [Instruments.Phq9.Code] = random.Int(8, 22), [Instruments.Gad7.Code] = random.Int(6, 18), [Instruments.Csi4.Code] = random.Int(4, 14),
        };

        private readonly double response = random.Double(0.1, 0.8);

        /// <summary>Item points above the instrument's lowest score, as <see cref="DemoMeasures.Spread"/> takes them.</summary>
        public int Score(Instrument instrument, double progress)
        {
            var points = instrument.Items.Sum(i => i.Options.Max(o => o.Value) - i.Options.Min(o => o.Value));
            if (!baseline.TryGetValue(instrument.Code, out var start))
            {
                start = baseline[instrument.Code] = random.Int(points / 3, points * 2 / 3);
            }

            var noise = random.Int(-2, 2);
            var maximum = instrument == Instruments.Phq9 ? 24 : points;
            var score = instrument.Change?.BetterWhen == BetterWhen.Higher
                ? start + ((maximum - start) * response * 0.6 * progress)
                : start * (1 - (response * progress));
            return Math.Clamp((int)Math.Round(score) + noise, 0, maximum);
        }
    }
}
