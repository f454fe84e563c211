using Tandem.Core.Scheduling;

namespace Tandem.Core.Tests.Scheduling;

public sealed class ReservedBlockTests
{
    [Fact]
    public void Overlapping_appointments_share_a_block_even_when_they_start_off_the_quarter_hour()
    {
        var nine = new DateTime(2027, 1, 5, 9, 0, 0, DateTimeKind.Utc);
        var first = ReservedBlock.Covering(nine, nine.AddMinutes(50)).ToList();
        var second = ReservedBlock.Covering(nine.AddMinutes(40), nine.AddMinutes(70)).ToList();
        Assert.Equal([nine, nine.AddMinutes(15), nine.AddMinutes(30), nine.AddMinutes(45)], first);
        Assert.Contains(nine.AddMinutes(45), second);
    }

    [Fact]
    public void Back_to_back_appointments_share_no_block()
    {
        var nine = new DateTime(2027, 1, 5, 9, 0, 0, DateTimeKind.Utc);
        Assert.Empty(ReservedBlock.Covering(nine, nine.AddHours(1)).Intersect(ReservedBlock.Covering(nine.AddHours(1), nine.AddHours(2))));
    }

    [Fact]
    public void An_appointment_reserves_its_clinician_and_its_room_for_each_quarter_hour()
    {
        var nine = new DateTime(2027, 1, 5, 9, 0, 0, DateTimeKind.Utc);
        var appointment = new Appointment { ClinicianId = Guid.NewGuid(), RoomId = Guid.NewGuid(), StartsAt = nine, EndsAt = nine.AddHours(1) };
        appointment.Reserve();
        Assert.Equal(8, appointment.Blocks.Count);
        appointment.RoomId = null;
        appointment.Reserve();
        Assert.Equal(4, appointment.Blocks.Count);
    }
}
