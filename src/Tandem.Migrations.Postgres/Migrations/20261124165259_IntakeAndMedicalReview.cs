using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IntakeAndMedicalReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsentDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    PublishedById = table.Column<Guid>(type: "uuid", nullable: true),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentDocuments_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContraindicationItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContraindicationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContraindicationItems_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntakeForms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftJson = table.Column<string>(type: "text", nullable: false),
                    SubmittedVersion = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeForms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeForms_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeForms_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeForms_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PrescriberReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    ReviewedVersion = table.Column<int>(type: "integer", nullable: false),
                    ClearedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Question = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClientReply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrescriberReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrescriberReviews_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrescriberReviews_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsentSignatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsentDocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DocumentNumber = table.Column<int>(type: "integer", nullable: false),
                    TypedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentSignatures_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentSignatures_ConsentDocuments_ConsentDocumentId",
                        column: x => x.ConsentDocumentId,
                        principalTable: "ConsentDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentSignatures_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntakeSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IntakeFormId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HasPositiveScreen = table.Column<bool>(type: "boolean", nullable: false),
                    PartnerSafetyConcern = table.Column<bool>(type: "boolean", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeSubmissions_IntakeForms_IntakeFormId",
                        column: x => x.IntakeFormId,
                        principalTable: "IntakeForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeSubmissions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PrescriberDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    IntakeVersion = table.Column<int>(type: "integer", nullable: false),
                    ClearedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PrescriberId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrescriberDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrescriberDecisions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrescriberDecisions_PrescriberReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "PrescriberReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentDocuments_PracticeId",
                table: "ConsentDocuments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentDocuments_PracticeId_Kind_Number",
                table: "ConsentDocuments",
                columns: new[] { "PracticeId", "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentSignatures_ClientId_ConsentDocumentId",
                table: "ConsentSignatures",
                columns: new[] { "ClientId", "ConsentDocumentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentSignatures_ConsentDocumentId",
                table: "ConsentSignatures",
                column: "ConsentDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentSignatures_PracticeId",
                table: "ConsentSignatures",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ContraindicationItems_PracticeId",
                table: "ContraindicationItems",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ContraindicationItems_PracticeId_SortOrder",
                table: "ContraindicationItems",
                columns: new[] { "PracticeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeForms_CaseId_ClientId",
                table: "IntakeForms",
                columns: new[] { "CaseId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeForms_ClientId",
                table: "IntakeForms",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeForms_PracticeId",
                table: "IntakeForms",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeSubmissions_CaseId_ClientId",
                table: "IntakeSubmissions",
                columns: new[] { "CaseId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeSubmissions_IntakeFormId_Number",
                table: "IntakeSubmissions",
                columns: new[] { "IntakeFormId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeSubmissions_PracticeId",
                table: "IntakeSubmissions",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PrescriberDecisions_PracticeId",
                table: "PrescriberDecisions",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PrescriberDecisions_ReviewId_At",
                table: "PrescriberDecisions",
                columns: new[] { "ReviewId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PrescriberReviews_CaseId_ClientId",
                table: "PrescriberReviews",
                columns: new[] { "CaseId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrescriberReviews_PracticeId",
                table: "PrescriberReviews",
                column: "PracticeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsentSignatures");

            migrationBuilder.DropTable(
                name: "ContraindicationItems");

            migrationBuilder.DropTable(
                name: "IntakeSubmissions");

            migrationBuilder.DropTable(
                name: "PrescriberDecisions");

            migrationBuilder.DropTable(
                name: "ConsentDocuments");

            migrationBuilder.DropTable(
                name: "IntakeForms");

            migrationBuilder.DropTable(
                name: "PrescriberReviews");
        }
    }
}
