using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AnswerWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AnswerClosesDaysAfter",
                table: "Practices",
                type: "integer",
                nullable: false,
                defaultValue: 28);

            migrationBuilder.AddColumn<int>(
                name: "AnswerOpensDaysBefore",
                table: "Practices",
                type: "integer",
                nullable: false,
                defaultValue: 3);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnswerClosesDaysAfter",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "AnswerOpensDaysBefore",
                table: "Practices");
        }
    }
}
