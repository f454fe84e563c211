using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SafetyChecksAsNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyOverrides_DosingRecordId_Code",
                table: "SafetyOverrides");

            migrationBuilder.AddColumn<int>(
                name: "Check",
                table: "SafetyOverrides",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Overrides saved with a text code keep their check, now by its number.
            migrationBuilder.Sql("""UPDATE "SafetyOverrides" SET "Check" = CASE "Code" WHEN 'no-order' THEN 1 WHEN 'no-clearance' THEN 2 WHEN 'clearance-expired' THEN 3 WHEN 'consent' THEN 4 WHEN 'no-baseline' THEN 5 WHEN 'blood-pressure' THEN 6 WHEN 'heart-rate' THEN 7 WHEN 'dose-band' THEN 8 WHEN 'dose-differs' THEN 9 WHEN 'too-soon' THEN 10 WHEN 'checklist' THEN 11 WHEN 'no-recheck' THEN 12 WHEN 'observation' THEN 13 WHEN 'discharge-checks' THEN 14 WHEN 'not-given' THEN 15 WHEN 'not-discharged' THEN 16 WHEN 'before-its-day' THEN 17 END""");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "SafetyOverrides");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyOverrides_DosingRecordId_Check",
                table: "SafetyOverrides",
                columns: new[] { "DosingRecordId", "Check" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyOverrides_DosingRecordId_Check",
                table: "SafetyOverrides");

            migrationBuilder.DropColumn(
                name: "Check",
                table: "SafetyOverrides");

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "SafetyOverrides",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyOverrides_DosingRecordId_Code",
                table: "SafetyOverrides",
                columns: new[] { "DosingRecordId", "Code" },
                unique: true);
        }
    }
}
