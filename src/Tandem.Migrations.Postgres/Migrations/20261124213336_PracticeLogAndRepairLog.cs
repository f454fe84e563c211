using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PracticeLogAndRepairLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PracticeCheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    HomePracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    HowItWent = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeCheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeCheckIns_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeCheckIns_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeCheckIns_HomePractices_HomePracticeId",
                        column: x => x.HomePracticeId,
                        principalTable: "HomePractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeCheckIns_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RepairEpisodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RevealedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepairEpisodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RepairEpisodes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RepairEpisodes_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RepairSides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    WhatSetItOff = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EarlySigns = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReachedForRepair = table.Column<int>(type: "integer", nullable: false),
                    MinutesToRepair = table.Column<int>(type: "integer", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    NextTime = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReadyAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SharedWithCaseTeam = table.Column<bool>(type: "boolean", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepairSides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RepairSides_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RepairSides_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RepairSides_RepairEpisodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "RepairEpisodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeCheckIns_CaseId_ClientId_Day",
                table: "PracticeCheckIns",
                columns: new[] { "CaseId", "ClientId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeCheckIns_ClientId_HomePracticeId_Day",
                table: "PracticeCheckIns",
                columns: new[] { "ClientId", "HomePracticeId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeCheckIns_HomePracticeId",
                table: "PracticeCheckIns",
                column: "HomePracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeCheckIns_PracticeId",
                table: "PracticeCheckIns",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_RepairEpisodes_CaseId_OccurredOn",
                table: "RepairEpisodes",
                columns: new[] { "CaseId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairEpisodes_PracticeId",
                table: "RepairEpisodes",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_RepairSides_ClientId",
                table: "RepairSides",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_RepairSides_EpisodeId_ClientId",
                table: "RepairSides",
                columns: new[] { "EpisodeId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RepairSides_PracticeId",
                table: "RepairSides",
                column: "PracticeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PracticeCheckIns");

            migrationBuilder.DropTable(
                name: "RepairSides");

            migrationBuilder.DropTable(
                name: "RepairEpisodes");
        }
    }
}
