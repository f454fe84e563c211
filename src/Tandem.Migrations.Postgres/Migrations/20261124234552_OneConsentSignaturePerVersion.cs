using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OneConsentSignaturePerVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConsentSignatures_ClientId_ConsentDocumentId",
                table: "ConsentSignatures");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentSignatures_ClientId_ConsentDocumentId",
                table: "ConsentSignatures",
                columns: new[] { "ClientId", "ConsentDocumentId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConsentSignatures_ClientId_ConsentDocumentId",
                table: "ConsentSignatures");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentSignatures_ClientId_ConsentDocumentId",
                table: "ConsentSignatures",
                columns: new[] { "ClientId", "ConsentDocumentId" });
        }
    }
}
