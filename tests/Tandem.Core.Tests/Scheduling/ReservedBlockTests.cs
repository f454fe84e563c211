using Tandem.Core.Scheduling;

namespace Tandem.Core.Tests.Scheduling;

public sealed class ReservedBlockTests
{
    [Fact]
    public void Overlapping_appointments_share_a_block_even_when_they_start_off_the_five_minutes()
    {
        var nine = new DateTime(2027, 1, 5, 9, 0, 0, DateTimeKind.Utc);
        var first = ReservedBlock.Covering(nine, nine.AddMinutes(20)).ToList();
        var second = ReservedBlock.Covering(nine.AddMinutes(17), nine.AddMinutes(40)).ToList();
        Assert.Equal([nine, nine.AddMinutes(5), nine.AddMinutes(10), nine.AddMinutes(15)], first);
        Assert.Contains(nine.AddMinutes(15), second);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(20)]
    [InlineData(50)]
    public void Back_to_back_appointments_and_calls_share_no_block(int minutes)
    {
        var nine = new DateTime(2027, 1, 5, 9, 0, 0, DateTimeKind.Utc);
        var next = nine.AddMinutes(minutes);
        Assert.Empty(ReservedBlock.Covering(nine, next).Intersect(ReservedBlock.Covering(next, next.AddMinutes(minutes))));
    }

    [Fact]
    public void An_appointment_reserves_its_clinician_and_its_room_and_a_call_its_clinician_for_each_five_minutes()
    {
        var nine = new DateTime(2027, 1, 5, 9, 0, 0, DateTimeKind.Utc);
        var appointment = new Appointment { ClinicianId = Guid.NewGuid(), RoomId = Guid.NewGuid(), StartsAt = nine, EndsAt = nine.AddHours(1) };
        appointment.Reserve();
        Assert.Equal(24, appointment.Blocks.Count);
        appointment.RoomId = null;
        appointment.Reserve();
        Assert.Equal(12, appointment.Blocks.Count);

        var call = new Core.Consultations.ConsultationBooking { ClinicianId = appointment.ClinicianId, StartsAt = nine, EndsAt = nine.AddMinutes(20), ManageTokenHash = "" };
        call.Reserve();
        Assert.Equal(4, call.Blocks.Count);
        Assert.All(call.Blocks, b => Assert.Equal((ReservedBlock.Clinician(call.ClinicianId), call.Id, (Guid?)null), (b.Resource, b.ConsultationBookingId!.Value, b.AppointmentId)));
    }
}
