namespace Tandem.Core.Practices;

public sealed class Practice : IStamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string TimeZoneId { get; set; }

    /// <summary>The outcome report's smallest group shown (<see cref="Measures.SmallCells"/>).</summary>
    public int MinimumCellSize { get; set; } = Measures.SmallCells.DefaultMinimum;

    /// <summary>Days before its due date that a questionnaire opens (<see cref="Measures.AnswerWindow"/>).</summary>
    public int AnswerOpensDaysBefore { get; set; } = Measures.AnswerWindow.Default.OpensDaysBefore;

    /// <summary>Days after its due date that a questionnaire closes, unless the next timepoint opens first.</summary>
    public int AnswerClosesDaysAfter { get; set; } = Measures.AnswerWindow.Default.ClosesDaysAfter;

    /// <summary>Days before a session's day that its clients are reminded, first and last (0: no such reminder).</summary>
    public int FirstReminderDaysBefore { get; set; } = Scheduling.AppointmentReminders.DefaultDaysBefore[0];
    public int LastReminderDaysBefore { get; set; } = Scheduling.AppointmentReminders.DefaultDaysBefore[1];

    /// <summary>Every staff member signs in with a code from an authenticator app as well as the password; on unless the admin turns it off.</summary>
    public bool RequiresStaffTwoFactor { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }
}
