using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Journal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IntentionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SeriesSessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalEntries_Clients_AuthorClientId",
                        column: x => x.AuthorClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JournalEntries_Intentions_IntentionId",
                        column: x => x.IntentionId,
                        principalTable: "Intentions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JournalEntries_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JournalEntries_SeriesSessions_SeriesSessionId",
                        column: x => x.SeriesSessionId,
                        principalTable: "SeriesSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_AuthorClientId",
                table: "JournalEntries",
                column: "AuthorClientId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_IntentionId",
                table: "JournalEntries",
                column: "IntentionId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_PracticeId",
                table: "JournalEntries",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_PracticeId_AuthorClientId_WrittenAt",
                table: "JournalEntries",
                columns: new[] { "PracticeId", "AuthorClientId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_SeriesSessionId",
                table: "JournalEntries",
                column: "SeriesSessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JournalEntries");
        }
    }
}
