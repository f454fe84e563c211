using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DosingIntegrationScheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DoseOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SeriesSessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mg = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    Route = table.Column<int>(type: "integer", nullable: false),
                    BoosterAllowed = table.Column<bool>(type: "boolean", nullable: false),
                    BoosterMaxMg = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PrescriberId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DoseOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DoseOrders_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DoseOrders_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DoseOrders_SeriesSessions_SeriesSessionId",
                        column: x => x.SeriesSessionId,
                        principalTable: "SeriesSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DosingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SeriesSessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Room = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Eyeshades = table.Column<bool>(type: "boolean", nullable: false),
                    Playlist = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Observations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SignedById = table.Column<Guid>(type: "uuid", nullable: true),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DosingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DosingSessions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DosingSessions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DosingSessions_SeriesSessions_SeriesSessionId",
                        column: x => x.SeriesSessionId,
                        principalTable: "SeriesSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HomePractices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomePractices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HomePractices_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntegrationSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SeriesSessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClinicianNotes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    SharedInsights = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    SignedById = table.Column<Guid>(type: "uuid", nullable: true),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrationSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntegrationSessions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntegrationSessions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntegrationSessions_SeriesSessions_SeriesSessionId",
                        column: x => x.SeriesSessionId,
                        principalTable: "SeriesSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Rooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rooms_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DosingAmendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DosingSessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: true),
                    Correction = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AmendedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AmendedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DosingAmendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DosingAmendments_DosingSessions_DosingSessionId",
                        column: x => x.DosingSessionId,
                        principalTable: "DosingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DosingAmendments_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DosingRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DosingSessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Fasted = table.Column<bool>(type: "boolean", nullable: false),
                    NoAlcoholOrBenzodiazepines = table.Column<bool>(type: "boolean", nullable: false),
                    EscortName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EscortPhone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Medication = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Route = table.Column<int>(type: "integer", nullable: false),
                    LotNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WeightKg = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    DoseMg = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    GivenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BoosterMg = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    BoosterAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AlertAndOriented = table.Column<bool>(type: "boolean", nullable: false),
                    SteadyWalking = table.Column<bool>(type: "boolean", nullable: false),
                    VitalsNearBaseline = table.Column<bool>(type: "boolean", nullable: false),
                    EscortPresent = table.Column<bool>(type: "boolean", nullable: false),
                    NoDrivingToday = table.Column<bool>(type: "boolean", nullable: false),
                    DischargedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DosingRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DosingRecords_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DosingRecords_DosingSessions_DosingSessionId",
                        column: x => x.DosingSessionId,
                        principalTable: "DosingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DosingRecords_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticeAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IntegrationSessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    HomePracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeAssignments_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeAssignments_HomePractices_HomePracticeId",
                        column: x => x.HomePracticeId,
                        principalTable: "HomePractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeAssignments_IntegrationSessions_IntegrationSessionId",
                        column: x => x.IntegrationSessionId,
                        principalTable: "IntegrationSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeAssignments_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SeriesSessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClinicianId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appointments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_SeriesSessions_SeriesSessionId",
                        column: x => x.SeriesSessionId,
                        principalTable: "SeriesSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdverseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DosingRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Action = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdverseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdverseEvents_DosingRecords_DosingRecordId",
                        column: x => x.DosingRecordId,
                        principalTable: "DosingRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdverseEvents_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SafetyOverrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DosingRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Finding = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PrescriberId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyOverrides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyOverrides_DosingRecords_DosingRecordId",
                        column: x => x.DosingRecordId,
                        principalTable: "DosingRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SafetyOverrides_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VitalsReadings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DosingRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Systolic = table.Column<int>(type: "integer", nullable: false),
                    Diastolic = table.Column<int>(type: "integer", nullable: false),
                    HeartRate = table.Column<int>(type: "integer", nullable: false),
                    SpO2 = table.Column<int>(type: "integer", nullable: true),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VitalsReadings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VitalsReadings_DosingRecords_DosingRecordId",
                        column: x => x.DosingRecordId,
                        principalTable: "DosingRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VitalsReadings_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReservedBlocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Resource = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReservedBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReservedBlocks_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReservedBlocks_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdverseEvents_DosingRecordId",
                table: "AdverseEvents",
                column: "DosingRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_AdverseEvents_PracticeId",
                table: "AdverseEvents",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CaseId_StartsAt",
                table: "Appointments",
                columns: new[] { "CaseId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_PracticeId",
                table: "Appointments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_RoomId",
                table: "Appointments",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_SeriesSessionId",
                table: "Appointments",
                column: "SeriesSessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DoseOrders_CaseId",
                table: "DoseOrders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DoseOrders_ClientId",
                table: "DoseOrders",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_DoseOrders_PracticeId",
                table: "DoseOrders",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_DoseOrders_SeriesSessionId_ClientId",
                table: "DoseOrders",
                columns: new[] { "SeriesSessionId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DosingAmendments_DosingSessionId",
                table: "DosingAmendments",
                column: "DosingSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_DosingAmendments_PracticeId",
                table: "DosingAmendments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_DosingRecords_ClientId",
                table: "DosingRecords",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_DosingRecords_DosingSessionId_ClientId",
                table: "DosingRecords",
                columns: new[] { "DosingSessionId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DosingRecords_PracticeId",
                table: "DosingRecords",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_DosingRecords_PracticeId_ClientId",
                table: "DosingRecords",
                columns: new[] { "PracticeId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_DosingSessions_CaseId",
                table: "DosingSessions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DosingSessions_PracticeId",
                table: "DosingSessions",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_DosingSessions_SeriesSessionId",
                table: "DosingSessions",
                column: "SeriesSessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HomePractices_PracticeId",
                table: "HomePractices",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_HomePractices_PracticeId_Name",
                table: "HomePractices",
                columns: new[] { "PracticeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationSessions_CaseId",
                table: "IntegrationSessions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationSessions_PracticeId",
                table: "IntegrationSessions",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationSessions_SeriesSessionId",
                table: "IntegrationSessions",
                column: "SeriesSessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAssignments_ClientId",
                table: "PracticeAssignments",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAssignments_HomePracticeId",
                table: "PracticeAssignments",
                column: "HomePracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAssignments_IntegrationSessionId_ClientId_HomePract~",
                table: "PracticeAssignments",
                columns: new[] { "IntegrationSessionId", "ClientId", "HomePracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAssignments_PracticeId",
                table: "PracticeAssignments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAssignments_PracticeId_ClientId",
                table: "PracticeAssignments",
                columns: new[] { "PracticeId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReservedBlocks_AppointmentId",
                table: "ReservedBlocks",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReservedBlocks_PracticeId",
                table: "ReservedBlocks",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ReservedBlocks_Resource_StartsAt",
                table: "ReservedBlocks",
                columns: new[] { "Resource", "StartsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rooms_PracticeId",
                table: "Rooms",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Rooms_PracticeId_Name",
                table: "Rooms",
                columns: new[] { "PracticeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyOverrides_CaseId",
                table: "SafetyOverrides",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyOverrides_DosingRecordId_Code",
                table: "SafetyOverrides",
                columns: new[] { "DosingRecordId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyOverrides_PracticeId",
                table: "SafetyOverrides",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_VitalsReadings_DosingRecordId",
                table: "VitalsReadings",
                column: "DosingRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_VitalsReadings_PracticeId",
                table: "VitalsReadings",
                column: "PracticeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdverseEvents");

            migrationBuilder.DropTable(
                name: "DoseOrders");

            migrationBuilder.DropTable(
                name: "DosingAmendments");

            migrationBuilder.DropTable(
                name: "PracticeAssignments");

            migrationBuilder.DropTable(
                name: "ReservedBlocks");

            migrationBuilder.DropTable(
                name: "SafetyOverrides");

            migrationBuilder.DropTable(
                name: "VitalsReadings");

            migrationBuilder.DropTable(
                name: "HomePractices");

            migrationBuilder.DropTable(
                name: "IntegrationSessions");

            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "DosingRecords");

            migrationBuilder.DropTable(
                name: "Rooms");

            migrationBuilder.DropTable(
                name: "DosingSessions");
        }
    }
}
