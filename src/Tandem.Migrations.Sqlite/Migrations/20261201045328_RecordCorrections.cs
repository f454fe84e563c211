using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RecordCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CorrectionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Why = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Amendment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Disagreement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DisagreedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorrectionRequests_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CorrectionRequests_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CorrectionRequests_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionRequests_CaseId",
                table: "CorrectionRequests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionRequests_ClientId",
                table: "CorrectionRequests",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionRequests_PracticeId",
                table: "CorrectionRequests",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionRequests_PracticeId_CaseId",
                table: "CorrectionRequests",
                columns: new[] { "PracticeId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionRequests_PracticeId_ClientId_RequestedAt",
                table: "CorrectionRequests",
                columns: new[] { "PracticeId", "ClientId", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CorrectionRequests");
        }
    }
}
