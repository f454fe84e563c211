using System.Security.Cryptography;
using Tandem.Core.Audit;

namespace Tandem.Core.Tests.Audit;

public sealed class AuditContinuityTests
{
    private readonly AuditChain chain = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Entries_past_the_head_that_were_announced_before_their_commit_carry_on_from_it()
    {
        var entries = Build(5);
        var announced = entries.Skip(3).Select(Head).ToHashSet();
        Assert.Null(Check(Head(entries[2]), entries, announced.Contains));
        Assert.Null(Check(null, entries, entries.Select(Head).ToHashSet().Contains));
    }

    [Fact]
    public void Entries_past_the_head_that_were_never_announced_are_a_break()
    {
        var entries = Build(5);
        Assert.Equal(AuditCode.AuditLogUnannounced_Found, Check(Head(entries[2]), entries, Head(entries[3]).Equals));
        Assert.Equal(AuditCode.AuditLogUnannounced_Found, Check(null, entries, _ => false));
    }

    [Fact]
    public void A_log_ending_before_the_recorded_head_is_a_cut_and_an_empty_one_too()
    {
        var entries = Build(5);
        var head = Head(entries[4]);
        Assert.Equal(AuditCode.AuditLogCut_Found, Check(head, entries[..3], _ => true));
        Assert.Equal(AuditCode.AuditLogCut_Found, Check(head, [], _ => true));
        Assert.Null(Check(null, [], _ => false));
    }

    [Fact]
    public void Another_entry_in_the_recorded_heads_place_is_a_rewrite()
    {
        var recorded = Head(Build(3)[2]);
        Assert.Equal(AuditCode.AuditLogRewritten_Found, Check(recorded, Build(4), _ => true));
    }

    [Fact]
    public void A_break_entry_keeps_the_chain_broken_and_a_restore_entry_is_explained()
    {
        var cut = Build(2);
        AppendMarker(cut, AuditCode.AuditLogCut_Found, recorded: 4);
        var broken = chain.Verify(cut, Recorded(Head(cut[^1])));
        Assert.False(broken.IsIntact);
        Assert.Equal(3, broken.FirstBrokenSequence);
        Assert.Contains("entries 3–4 were cut off (the log ended at entry 2, but entry 4 had been recorded)", broken.Message, StringComparison.Ordinal);

        var restored = Build(2);
        AppendMarker(restored, AuditCode.AuditLog_Restored, recorded: 5);
        var explained = chain.Verify(restored, Recorded(Head(restored[^1])));
        Assert.True(explained.IsIntact, explained.Message);
        Assert.Contains("from a backup ending at entry 2; it lacks entries 3–5, written before the restore", explained.Message, StringComparison.Ordinal);
    }

    private AuditCode? Check(AuditHead? recorded, List<AuditEvent> stored, Func<AuditHead, bool> announced)
    {
        var continuity = chain.ContinuityFrom(recorded, announced);
        foreach (var e in stored.Where(e => e.Sequence >= (recorded?.Sequence ?? 1)))
        {
            continuity.Observe(e);
        }

        return continuity.Result(stored.Count == 0 ? null : Head(stored[^1]));
    }

    private static AuditHead Head(AuditEvent e) => new(e.Sequence, e.Hash);

    private static AuditHeadRecord Recorded(AuditHead head) => new(head, head, _ => false);

    private List<AuditEvent> Build(int count)
    {
        var entries = new List<AuditEvent>();
        for (var i = 0; i < count; i++)
        {
            var e = NewEvent(AuditCode.Case_Viewed, Guid.NewGuid().ToString());
            chain.Seal(e, entries.Count == 0 ? null : Head(entries[^1]));
            entries.Add(e);
        }

        return entries;
    }

    private void AppendMarker(List<AuditEvent> entries, AuditCode code, long recorded)
    {
        var marker = NewEvent(code, recorded.ToString(System.Globalization.CultureInfo.InvariantCulture));
        chain.Seal(marker, Head(entries[^1]));
        entries.Add(marker);
    }

    private static AuditEvent NewEvent(AuditCode code, string entityId) => new()
    {
        PracticeId = Guid.Empty, Code = code, EntityType = "Case", EntityId = entityId,
        OccurredAt = new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc), PreviousHash = "", Hash = "",
    };
}
