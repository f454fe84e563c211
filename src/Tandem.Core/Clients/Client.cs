namespace Tandem.Core.Clients;

/// <summary>One adult in care, with one portal login; they may be in several cases over time.</summary>
public sealed class Client : PracticeRecord
{
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>The portal login, once the client has accepted an invitation.</summary>
    public Guid? UserId { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}
