using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StageChangeNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseStageChanges_CaseId_At",
                table: "CaseStageChanges");

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "CaseStageChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MoveCount",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_CaseStageChanges_CaseId_Number",
                table: "CaseStageChanges",
                columns: new[] { "CaseId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseStageChanges_CaseId_Number",
                table: "CaseStageChanges");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "CaseStageChanges");

            migrationBuilder.DropColumn(
                name: "MoveCount",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStageChanges_CaseId_At",
                table: "CaseStageChanges",
                columns: new[] { "CaseId", "At" });
        }
    }
}
