namespace Tandem.Core;

/// <summary>Something due from a client that they are emailed about once, when it opens.</summary>
public interface IRemindedOnce
{
    Guid ClientId { get; }
    DateTime? RemindedAt { get; set; }
}
