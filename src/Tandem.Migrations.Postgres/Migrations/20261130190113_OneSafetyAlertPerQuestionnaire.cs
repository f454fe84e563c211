using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OneSafetyAlertPerQuestionnaire : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SafetyAlerts_PracticeId_ResponseId",
                table: "SafetyAlerts",
                columns: new[] { "PracticeId", "ResponseId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyAlerts_PracticeId_ResponseId",
                table: "SafetyAlerts");
        }
    }
}
