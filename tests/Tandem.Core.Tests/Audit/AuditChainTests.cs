using System.Security.Cryptography;
using Tandem.Core.Audit;

namespace Tandem.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly Guid Practice = Guid.NewGuid();
    private readonly AuditChain chain = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void An_untouched_chain_verifies()
    {
        var entries = Build(5);
        var result = chain.Verify(entries, Recorded(new AuditHead(5, entries[^1].Hash)));
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(5, result.EntriesChecked);
    }

    [Fact]
    public void A_time_stored_to_the_microsecond_still_verifies()
    {
        var entries = Build(2);
        foreach (var e in entries)
        {
            e.OccurredAt = new DateTime(e.OccurredAt.Ticks - (e.OccurredAt.Ticks % 10), DateTimeKind.Utc);
        }

        Assert.True(chain.Verify(entries, Recorded(new AuditHead(2, entries[^1].Hash))).IsIntact);
    }

    [Fact]
    public void Entries_with_no_head_recorded_outside_the_database_are_not_called_intact()
    {
        var entries = Build(3);
        var result = chain.Verify(entries, Recorded(null));
        Assert.False(result.IsIntact);
        Assert.Contains("no newest link is recorded", result.Message, StringComparison.Ordinal);
        Assert.True(chain.Verify([], Recorded(null)).IsIntact);
    }

    [Fact]
    public void An_edited_entry_is_named()
    {
        var entries = Build(5);
        entries[2].EntityId = "someone-else";
        var result = chain.Verify(entries, Recorded(new AuditHead(5, entries[^1].Hash)));
        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
    }

    [Fact]
    public void A_deleted_middle_entry_is_named()
    {
        var entries = Build(5);
        entries.RemoveAt(1);
        var result = chain.Verify(entries, Recorded(new AuditHead(5, entries[^1].Hash)));
        Assert.False(result.IsIntact);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public void A_cut_off_tail_is_detected_from_the_recorded_head()
    {
        var entries = Build(5);
        var head = new AuditHead(5, entries[^1].Hash);
        entries.RemoveAt(4);
        var result = chain.Verify(entries, Recorded(head));
        Assert.False(result.IsIntact);
        Assert.Equal(5, result.FirstBrokenSequence);
    }

    [Fact]
    public void A_rewritten_chain_under_another_key_fails()
    {
        var forged = new AuditChain(RandomNumberGenerator.GetBytes(32));
        var entries = new List<AuditEvent>();
        AuditHead? head = null;
        for (var i = 0; i < 3; i++)
        {
            var e = NewEvent();
            forged.Seal(e, head);
            head = new AuditHead(e.Sequence, e.Hash);
            entries.Add(e);
        }

        Assert.False(chain.Verify(entries, Recorded(null)).IsIntact);
    }

    [Fact]
    public void Reordered_entries_are_detected()
    {
        var entries = Build(4);
        (entries[1].Sequence, entries[2].Sequence) = (entries[2].Sequence, entries[1].Sequence);
        var result = chain.Verify(entries.OrderBy(e => e.Sequence), Recorded(null));
        Assert.False(result.IsIntact);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    /// <summary>The same head in the head file and the head history, and nothing announced past it.</summary>
    private static AuditHeadRecord Recorded(AuditHead? head) => new(head, head, _ => false);

    private List<AuditEvent> Build(int count)
    {
        var entries = new List<AuditEvent>();
        AuditHead? head = null;
        for (var i = 0; i < count; i++)
        {
            var e = NewEvent();
            chain.Seal(e, head);
            head = new AuditHead(e.Sequence, e.Hash);
            entries.Add(e);
        }

        return entries;
    }

    private static AuditEvent NewEvent() => new()
    {
        PracticeId = Practice,
        Code = AuditCode.Case_Viewed,
        ActorId = Guid.NewGuid(),
        ClientId = Guid.NewGuid(),
        EntityType = "Case",
        EntityId = Guid.NewGuid().ToString(),
        OccurredAt = new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc).AddTicks(1234567),
        PreviousHash = "",
        Hash = "",
    };
}
