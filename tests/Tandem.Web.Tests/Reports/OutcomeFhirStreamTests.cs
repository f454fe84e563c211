using System.IO.Pipelines;
using System.Text.Json;
using Hl7.Fhir.Serialization;
using Tandem.Core.Measures;
using Tandem.Web.Pages.Reports;
using Task = System.Threading.Tasks.Task;

namespace Tandem.Web.Tests.Reports;

/// <summary>A large practice's FHIR export leaves the server as it is written, not a group of a thousand clients at a time.</summary>
public sealed class OutcomeFhirStreamTests
{
    [Fact]
    public async Task The_FHIR_export_is_flushed_to_the_response_every_few_kilobytes_within_a_group()
    {
        var answered = Enumerable.Range(0, 400).Select(n => new OutcomeData.Answered(
            $"client-{n:D4}", 1, BaselineKind.Intake, Instruments.Phq9, "1", Timepoint.EndOfSeries, 70, 9, 18,
            Instruments.Phq9.Items.ToDictionary(i => i.Number, _ => 1))).ToList();
        using var written = new MemoryStream();
        var response = new FlushRecorder(PipeWriter.Create(written, new StreamPipeWriterOptions(leaveOpen: true)));

        await OutcomeFhir.WriteAsync(response, OneGroup(answered), new JsonSerializerOptions().ForFhir(), TestContext.Current.CancellationToken);
        await response.CompleteAsync();

        using var bundle = JsonDocument.Parse(written.ToArray());
        Assert.Equal(2 * answered.Count + 1, bundle.RootElement.GetProperty("entry").GetArrayLength());
        Assert.True(written.Length > 10 * OutcomeFhir.FlushEvery, $"only {written.Length} bytes were written");
        Assert.InRange(response.MostHeld, 1, OutcomeFhir.FlushEvery + 16 * 1024);
    }

    private static async IAsyncEnumerable<IReadOnlyList<OutcomeData.Answered>> OneGroup(IReadOnlyList<OutcomeData.Answered> answered)
    {
        await Task.Yield();
        yield return answered;
    }

    /// <summary>The response's pipe, noting the most bytes it held between two flushes.</summary>
    private sealed class FlushRecorder(PipeWriter inner) : PipeWriter
    {
        private long held;

        public long MostHeld { get; private set; }

        public override void Advance(int bytes)
        {
            inner.Advance(bytes);
            held += bytes;
            MostHeld = Math.Max(MostHeld, held);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            held = 0;
            return inner.FlushAsync(cancellationToken);
        }

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);
    }
}
