using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CallsHoldClinicianTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "AppointmentId",
                table: "ReservedBlocks",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "ConsultationBookingId",
                table: "ReservedBlocks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReservedBlocks_ConsultationBookingId",
                table: "ReservedBlocks",
                column: "ConsultationBookingId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ReservedBlocks_OneHolder",
                table: "ReservedBlocks",
                sql: "(\"AppointmentId\" IS NULL) <> (\"ConsultationBookingId\" IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_ReservedBlocks_ConsultationBookings_ConsultationBookingId",
                table: "ReservedBlocks",
                column: "ConsultationBookingId",
                principalTable: "ConsultationBookings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ReservedBlocks_ConsultationBookings_ConsultationBookingId",
                table: "ReservedBlocks");

            migrationBuilder.DropIndex(
                name: "IX_ReservedBlocks_ConsultationBookingId",
                table: "ReservedBlocks");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ReservedBlocks_OneHolder",
                table: "ReservedBlocks");

            migrationBuilder.DropColumn(
                name: "ConsultationBookingId",
                table: "ReservedBlocks");

            migrationBuilder.AlterColumn<Guid>(
                name: "AppointmentId",
                table: "ReservedBlocks",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
