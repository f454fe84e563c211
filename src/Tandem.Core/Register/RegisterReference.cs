namespace Tandem.Core.Register;

/// <summary>
/// The register's own number for a person given ketamine, so that its pages name nobody on screen; the inspection export
/// gives the name and address beside it. Unrelated to the outcome report's pseudonyms.
/// </summary>
public sealed class RegisterReference : PracticeRecord
{
    public Guid ClientId { get; set; }
    public int Number { get; set; }

    public static string Text(int number) => $"R-{number:0000}";
}
