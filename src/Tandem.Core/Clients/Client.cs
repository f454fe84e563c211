namespace Tandem.Core.Clients;

/// <summary>One adult in care, with one portal login; they may be in several cases over time.</summary>
public sealed class Client : PracticeRecord
{
    private string firstName = "";
    private string lastName = "";
    private string email = "";

    public required string FirstName { get => firstName; set { firstName = value; Index(); } }
    public required string LastName { get => lastName; set { lastName = value; Index(); } }
    public required string Email { get => email; set { email = value; Index(); } }

    /// <summary>Name and email folded by <see cref="SearchText"/>, kept as they change, for "Find a client".</summary>
    public string SearchKey { get; private set; } = "";
    public string? Phone { get; set; }

    /// <summary>The portal login, once the client has accepted an invitation.</summary>
    public Guid? UserId { get; set; }

    public string FullName => $"{FirstName} {LastName}";

    private void Index() => SearchKey = SearchText.Fold($"{firstName} {lastName} {email}");
}
