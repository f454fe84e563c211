namespace Tandem.Web.Demo;

/// <summary>What a seeded practice holds, by the names the tests and the README use.</summary>
public sealed class SeededPractice
{
    public Guid PracticeId { get; init; }
    public List<(string Email, string Who)> Logins { get; } = [];
    public Dictionary<string, string> Emails { get; } = [];
    public Dictionary<string, Guid> Cases { get; } = [];
    public Dictionary<string, Guid> Clients { get; } = [];
}
