using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
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
SELECT (SELECT upper(substr(x, 1, 8) || '-' || substr(x, 9, 4) || '-' || substr(x, 13, 4) || '-' || substr(x, 17, 4) || '-' || substr(x, 21, 12)) FROM (SELECT hex(randomblob(16)) || substr(b."Id" || m.n, 1, 0) AS x)), b."PracticeId", b."AppointmentId", NULL, b."Resource",
       strftime('%Y-%m-%d %H:%M:%S', b."StartsAt", '+' || m.n || ' minutes'), b."CreatedAt", b."UpdatedAt", (SELECT upper(substr(x, 1, 8) || '-' || substr(x, 9, 4) || '-' || substr(x, 13, 4) || '-' || substr(x, 17, 4) || '-' || substr(x, 21, 12)) FROM (SELECT hex(randomblob(16)) || substr(b."Resource" || m.n, 1, 0) AS x))
FROM "ReservedBlocks" AS b CROSS JOIN (SELECT 5 AS n UNION ALL SELECT 10) AS m
WHERE true
ON CONFLICT DO NOTHING;
""");

            // Calls booked before held no blocks; each live one now holds its clinician's time.
            migrationBuilder.Sql("""
WITH RECURSIVE held("BookingId", "PracticeId", "ClinicianId", "At", "EndsAt") AS (
    SELECT "Id", "PracticeId", "ClinicianId",
           strftime('%Y-%m-%d %H:%M:00', "StartsAt", '-' || (CAST(strftime('%M', "StartsAt") AS INTEGER) % 5) || ' minutes'), "EndsAt"
    FROM "ConsultationBookings" WHERE "CancelledAt" IS NULL AND "Outcome" IS NULL
    UNION ALL
    SELECT "BookingId", "PracticeId", "ClinicianId", strftime('%Y-%m-%d %H:%M:%S', "At", '+5 minutes'), "EndsAt"
    FROM held WHERE strftime('%Y-%m-%d %H:%M:%S', "At", '+5 minutes') < "EndsAt")
INSERT INTO "ReservedBlocks" ("Id", "PracticeId", "AppointmentId", "ConsultationBookingId", "Resource", "StartsAt", "CreatedAt", "UpdatedAt", "Version")
SELECT (SELECT upper(substr(x, 1, 8) || '-' || substr(x, 9, 4) || '-' || substr(x, 13, 4) || '-' || substr(x, 17, 4) || '-' || substr(x, 21, 12)) FROM (SELECT hex(randomblob(16)) || substr("BookingId" || "At", 1, 0) AS x)), "PracticeId", NULL, "BookingId", 'clinician:' || lower(replace("ClinicianId", '-', '')),
       "At", datetime('now'), datetime('now'), (SELECT upper(substr(x, 1, 8) || '-' || substr(x, 9, 4) || '-' || substr(x, 13, 4) || '-' || substr(x, 17, 4) || '-' || substr(x, 21, 12)) FROM (SELECT hex(randomblob(16)) || substr("At" || "BookingId", 1, 0) AS x))
FROM held
WHERE true
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
