using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class BlocksForEarlierBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Blocks held before were quarter hours; each becomes the three five-minute blocks it covered.
            migrationBuilder.Sql("""
INSERT INTO "ReservedBlocks" ("Id", "PracticeId", "AppointmentId", "ConsultationBookingId", "Resource", "StartsAt", "CreatedAt", "UpdatedAt", "Version")
SELECT gen_random_uuid(), b."PracticeId", b."AppointmentId", NULL, b."Resource", b."StartsAt" + make_interval(mins => m.n), b."CreatedAt", b."UpdatedAt", gen_random_uuid()
FROM "ReservedBlocks" AS b CROSS JOIN (VALUES (5), (10)) AS m(n)
ON CONFLICT DO NOTHING;
""");

            // Calls booked before held no blocks; each live one now holds its clinician's time.
            migrationBuilder.Sql("""
INSERT INTO "ReservedBlocks" ("Id", "PracticeId", "AppointmentId", "ConsultationBookingId", "Resource", "StartsAt", "CreatedAt", "UpdatedAt", "Version")
SELECT gen_random_uuid(), c."PracticeId", NULL, c."Id", 'clinician:' || replace(c."ClinicianId"::text, '-', ''), s.at, now(), now(), gen_random_uuid()
FROM "ConsultationBookings" AS c
CROSS JOIN LATERAL generate_series(date_bin('5 minutes', c."StartsAt", TIMESTAMPTZ '2000-01-01 00:00:00+00'), c."EndsAt" - interval '1 microsecond', interval '5 minutes') AS s(at)
WHERE c."CancelledAt" IS NULL AND c."Outcome" IS NULL
ON CONFLICT DO NOTHING;
""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The five-minute blocks stay valid under the earlier schema; the calls' blocks go with their column.
        }
    }
}
