namespace Tandem.Core;

/// <summary>Rows whose created/updated stamps and concurrency version are set on save, never by hand.</summary>
public interface IStamped
{
    DateTime CreatedAt { get; set; }
    DateTime UpdatedAt { get; set; }
    Guid Version { get; set; }
}
