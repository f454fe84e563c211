using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RecordsJudgedByTheirDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EarlierUnsignedReason",
                table: "DosingRecords",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProtocolNumber",
                table: "DosingRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutsideBandReason",
                table: "DoseOrders",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EarlierUnsignedReason",
                table: "DosingRecords");

            migrationBuilder.DropColumn(
                name: "ProtocolNumber",
                table: "DosingRecords");

            migrationBuilder.DropColumn(
                name: "OutsideBandReason",
                table: "DoseOrders");
        }
    }
}
