using Tandem.Core.Corrections;

namespace Tandem.Core.Tests.Corrections;

public sealed class CorrectionRequestTests
{
    private static readonly DateTime At = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

    private static CorrectionRequest Asked() => new() { What = "My intake says I drink daily", Why = "I stopped in 2019" };

    [Fact]
    public void An_accepted_request_keeps_what_was_asked_beside_the_amendment_and_takes_no_statement_of_disagreement()
    {
        var request = Asked();
        request.Accept(Guid.NewGuid(), At, "Confirmed with the client", "No alcohol since 2019");

        Assert.Equal((CorrectionState.Accepted, "My intake says I drink daily", "No alcohol since 2019"), (request.State, request.What, request.Amendment));
        Assert.False(request.MayDisagree);
        Assert.Throws<InvalidOperationException>(() => request.Disagree("I disagree", At));
    }

    [Fact]
    public void A_request_is_decided_once()
    {
        var request = Asked();
        request.Decline(Guid.NewGuid(), At, "The record is right");

        Assert.Throws<InvalidOperationException>(() => request.Accept(Guid.NewGuid(), At, "Changed our mind", "Anything"));
        Assert.Throws<InvalidOperationException>(() => request.Decline(Guid.NewGuid(), At, "Again"));
        Assert.Equal("The record is right", request.Reason);
    }

    [Fact]
    public void A_statement_of_disagreement_follows_a_decline_once()
    {
        var request = Asked();
        Assert.Throws<InvalidOperationException>(() => request.Disagree("Too early", At));
        request.Decline(Guid.NewGuid(), At, "The record is right");

        request.Disagree("I still say I stopped", At);

        Assert.Equal(("I still say I stopped", (DateTime?)At), (request.Disagreement, request.DisagreedAt));
        Assert.Throws<InvalidOperationException>(() => request.Disagree("Twice", At));
    }
}
