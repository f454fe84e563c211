using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CoursesOfCareAndSmallCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QuestionnaireResponses_CaseId_ClientId_InstrumentCode_Timep~",
                table: "QuestionnaireResponses");

            migrationBuilder.AddColumn<Guid>(
                name: "SeriesId",
                table: "QuestionnaireResponses",
                type: "uuid",
                nullable: true);

            // Questionnaires scheduled before courses were recorded belong to their case's first series.
            migrationBuilder.Sql("""
                UPDATE "QuestionnaireResponses" SET "SeriesId" = (
                    SELECT s."Id" FROM "Series" s WHERE s."CaseId" = "QuestionnaireResponses"."CaseId" ORDER BY s."StartDate" LIMIT 1)
                WHERE "Timepoint" <> 'Baseline'
                """);

            migrationBuilder.AddColumn<int>(
                name: "MinimumCellSize",
                table: "Practices",
                type: "integer",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_CaseId_ClientId_InstrumentCode_Timep~",
                table: "QuestionnaireResponses",
                columns: new[] { "CaseId", "ClientId", "InstrumentCode", "Timepoint", "SeriesId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_Intake",
                table: "QuestionnaireResponses",
                columns: new[] { "CaseId", "ClientId", "InstrumentCode", "Timepoint" },
                unique: true,
                filter: "\"SeriesId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_SeriesId",
                table: "QuestionnaireResponses",
                column: "SeriesId");

            migrationBuilder.AddForeignKey(
                name: "FK_QuestionnaireResponses_Series_SeriesId",
                table: "QuestionnaireResponses",
                column: "SeriesId",
                principalTable: "Series",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_QuestionnaireResponses_Series_SeriesId",
                table: "QuestionnaireResponses");

            migrationBuilder.DropIndex(
                name: "IX_QuestionnaireResponses_CaseId_ClientId_InstrumentCode_Timep~",
                table: "QuestionnaireResponses");

            migrationBuilder.DropIndex(
                name: "IX_QuestionnaireResponses_Intake",
                table: "QuestionnaireResponses");

            migrationBuilder.DropIndex(
                name: "IX_QuestionnaireResponses_SeriesId",
                table: "QuestionnaireResponses");

            migrationBuilder.DropColumn(
                name: "SeriesId",
                table: "QuestionnaireResponses");

            migrationBuilder.DropColumn(
                name: "MinimumCellSize",
                table: "Practices");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_CaseId_ClientId_InstrumentCode_Timep~",
                table: "QuestionnaireResponses",
                columns: new[] { "CaseId", "ClientId", "InstrumentCode", "Timepoint" },
                unique: true);
        }
    }
}
