using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Preparation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HotSpots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Situation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Feeling = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    UsualResponse = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Visibility = table.Column<int>(type: "integer", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotSpots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HotSpots_Clients_AuthorClientId",
                        column: x => x.AuthorClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HotSpots_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Intentions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    SharedInCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Visibility = table.Column<int>(type: "integer", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Intentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Intentions_Cases_SharedInCaseId",
                        column: x => x.SharedInCaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Intentions_Clients_AuthorClientId",
                        column: x => x.AuthorClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Intentions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HotSpots_AuthorClientId",
                table: "HotSpots",
                column: "AuthorClientId");

            migrationBuilder.CreateIndex(
                name: "IX_HotSpots_PracticeId",
                table: "HotSpots",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_HotSpots_PracticeId_AuthorClientId",
                table: "HotSpots",
                columns: new[] { "PracticeId", "AuthorClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_Intentions_AuthorClientId",
                table: "Intentions",
                column: "AuthorClientId");

            migrationBuilder.CreateIndex(
                name: "IX_Intentions_PracticeId",
                table: "Intentions",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Intentions_PracticeId_AuthorClientId",
                table: "Intentions",
                columns: new[] { "PracticeId", "AuthorClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_Intentions_SharedInCaseId",
                table: "Intentions",
                column: "SharedInCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HotSpots");

            migrationBuilder.DropTable(
                name: "Intentions");
        }
    }
}
