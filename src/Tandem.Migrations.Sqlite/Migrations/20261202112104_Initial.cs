using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Practices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MinimumCellSize = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 5),
                    AnswerOpensDaysBefore = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 3),
                    AnswerClosesDaysAfter = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 28),
                    FirstReminderDaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReminderDaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiresStaffTwoFactor = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Code = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_AuditEvents_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PausedFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_Cases_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Closures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Closures", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_Closures_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsentDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    PublishedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentDocuments", x => new { x.Id, x.PracticeId });
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContraindicationItems", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_ContraindicationItems_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HomePractices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomePractices", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_HomePractices_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasureReferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StandardDeviation = table.Column<double>(type: "REAL", nullable: false),
                    Reliability = table.Column<double>(type: "REAL", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureReferences", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_MeasureReferences_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticeProtocols",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Settings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeProtocols", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_PracticeProtocols_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticeTexts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BeforeDosing = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CrisisResources = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeTexts", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_PracticeTexts_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Prospects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PartnerFirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PartnerLastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PartnerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SearchKey = table.Column<string>(type: "TEXT", nullable: false),
                    Hopes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Prospects", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_Prospects_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jurisdiction = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredCounts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterSettings", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_RegisterSettings_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Rooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rooms", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_Rooms_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Roles = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffInvitations", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_StaffInvitations_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockProducts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    MgPerUnit = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockProducts", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_StockProducts_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AvailabilityOverrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicianId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Change = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    SlotMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AvailabilityOverrides", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_AvailabilityOverrides_AspNetUsers_ClinicianId",
                        column: x => x.ClinicianId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AvailabilityOverrides_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clients", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_Clients_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Clients_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationHours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicianId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    SlotMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationHours", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_ConsultationHours_AspNetUsers_ClinicianId",
                        column: x => x.ClinicianId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsultationHours_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FreeCallMethods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicianId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    VideoLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FreeCallMethods", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_FreeCallMethods_AspNetUsers_ClinicianId",
                        column: x => x.ClinicianId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FreeCallMethods_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterCustodians",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Named = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterCustodians", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_RegisterCustodians_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterCustodians_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionHours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicianId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionHours", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_SessionHours_AspNetUsers_ClinicianId",
                        column: x => x.ClinicianId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionHours_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_CaseNotes_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseStageChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    ById = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStageChanges", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_CaseStageChanges_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseStageChanges_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseTeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTeamMembers", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_CaseTeamMembers_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseTeamMembers_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseTeamMembers_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PrescriberReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ClearedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClientReply = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrescriberReviews", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_PrescriberReviews_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrescriberReviews_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RepairEpisodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RevealedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepairEpisodes", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_RepairEpisodes_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RepairEpisodes_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Series",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DosesPerPerson = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Series", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_Series_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Series_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationBookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicianId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProspectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ManageTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    OutcomeAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReferralNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationBookings", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_ConsultationBookings_AspNetUsers_ClinicianId",
                        column: x => x.ClinicianId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsultationBookings_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsultationBookings_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsultationBookings_Prospects_ProspectId_PracticeId",
                        columns: x => new { x.ProspectId, x.PracticeId },
                        principalTable: "Prospects",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StorageLocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StorageLocations", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_StorageLocations_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StorageLocations_Rooms_RoomId_PracticeId",
                        columns: x => new { x.RoomId, x.PracticeId },
                        principalTable: "Rooms",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockLots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockLots", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_StockLots_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockLots_StockProducts_ProductId_PracticeId",
                        columns: x => new { x.ProductId, x.PracticeId },
                        principalTable: "StockProducts",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShowsCoupleScoresToPartner = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseParticipants", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_CaseParticipants_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseParticipants_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseParticipants_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClientInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientInvitations", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_ClientInvitations_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClientInvitations_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsentSignatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsentDocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    TypedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentSignatures", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_ConsentSignatures_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentSignatures_ConsentDocuments_ConsentDocumentId_PracticeId",
                        columns: x => new { x.ConsentDocumentId, x.PracticeId },
                        principalTable: "ConsentDocuments",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentSignatures_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CorrectionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
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
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectionRequests", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_CorrectionRequests_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CorrectionRequests_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CorrectionRequests_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HomePracticeCheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomePracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    HowItWent = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MapPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomePracticeCheckIns", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_HomePracticeCheckIns_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HomePracticeCheckIns_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HomePracticeCheckIns_HomePractices_HomePracticeId_PracticeId",
                        columns: x => new { x.HomePracticeId, x.PracticeId },
                        principalTable: "HomePractices",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HomePracticeCheckIns_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HotSpots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Feeling = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UsualResponse = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotSpots", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_HotSpots_Clients_AuthorClientId_PracticeId",
                        columns: x => new { x.AuthorClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HotSpots_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntakeForms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DraftJson = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeForms", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_IntakeForms_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeForms_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeForms_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Intentions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SharedInCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Intentions", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_Intentions_Cases_SharedInCaseId_PracticeId",
                        columns: x => new { x.SharedInCaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Intentions_Clients_AuthorClientId_PracticeId",
                        columns: x => new { x.AuthorClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Intentions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MapSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DrawnAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MapSnapshots", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_MapSnapshots_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MapSnapshots_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterReferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterReferences", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_RegisterReferences_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterReferences_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Shares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    SharedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Shares", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_Shares_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Shares_Clients_OwnerClientId_PracticeId",
                        columns: x => new { x.OwnerClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Shares_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PrescriberDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    IntakeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ClearedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PrescriberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrescriberDecisions", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_PrescriberDecisions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrescriberDecisions_PrescriberReviews_ReviewId_PracticeId",
                        columns: x => new { x.ReviewId, x.PracticeId },
                        principalTable: "PrescriberReviews",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RepairSides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WhatSetItOff = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EarlySigns = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReachedForRepair = table.Column<int>(type: "INTEGER", nullable: false),
                    MinutesToRepair = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    NextTime = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReadyAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SharedWithCaseTeam = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepairSides", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_RepairSides_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RepairSides_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RepairSides_RepairEpisodes_EpisodeId_PracticeId",
                        columns: x => new { x.EpisodeId, x.PracticeId },
                        principalTable: "RepairEpisodes",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuestionnaireResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InstrumentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    InstrumentVersion = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Timepoint = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireResponses", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_QuestionnaireResponses_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QuestionnaireResponses_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QuestionnaireResponses_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QuestionnaireResponses_Series_SeriesId_PracticeId",
                        columns: x => new { x.SeriesId, x.PracticeId },
                        principalTable: "Series",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SeriesSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AfterNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    IntegrationDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeriesSessions", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_SeriesSessions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SeriesSessions_Series_SeriesId_PracticeId",
                        columns: x => new { x.SeriesId, x.PracticeId },
                        principalTable: "Series",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CountedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CountedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    WitnessName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    WitnessId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockCounts", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_StockCounts_AspNetUsers_CountedById",
                        column: x => x.CountedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockCounts_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockCounts_StorageLocations_LocationId_PracticeId",
                        columns: x => new { x.LocationId, x.PracticeId },
                        principalTable: "StorageLocations",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockBalances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockBalances", x => new { x.Id, x.PracticeId });
                    table.CheckConstraint("CK_StockBalances_NotBelowZero", "\"Balance\" >= 0");
                    table.ForeignKey(
                        name: "FK_StockBalances_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockBalances_StockLots_LotId_PracticeId",
                        columns: x => new { x.LotId, x.PracticeId },
                        principalTable: "StockLots",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockBalances_StorageLocations_LocationId_PracticeId",
                        columns: x => new { x.LocationId, x.PracticeId },
                        principalTable: "StorageLocations",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntakeSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IntakeFormId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HasPositiveScreen = table.Column<bool>(type: "INTEGER", nullable: false),
                    PartnerSafetyConcern = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeSubmissions", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_IntakeSubmissions_IntakeForms_IntakeFormId_PracticeId",
                        columns: x => new { x.IntakeFormId, x.PracticeId },
                        principalTable: "IntakeForms",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeSubmissions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MapPeople",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SnapshotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Relationship = table.Column<int>(type: "INTEGER", nullable: false),
                    Ring = table.Column<int>(type: "INTEGER", nullable: false),
                    Closeness = table.Column<int>(type: "INTEGER", nullable: false),
                    Feeling = table.Column<int>(type: "INTEGER", nullable: false),
                    WhatChanged = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MapPeople", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_MapPeople_MapSnapshots_SnapshotId_PracticeId",
                        columns: x => new { x.SnapshotId, x.PracticeId },
                        principalTable: "MapSnapshots",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MapPeople_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledMaps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Timepoint = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SnapshotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledMaps", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_ScheduledMaps_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScheduledMaps_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScheduledMaps_MapSnapshots_SnapshotId_PracticeId",
                        columns: x => new { x.SnapshotId, x.PracticeId },
                        principalTable: "MapSnapshots",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScheduledMaps_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScheduledMaps_Series_SeriesId_PracticeId",
                        columns: x => new { x.SeriesId, x.PracticeId },
                        principalTable: "Series",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SafetyAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FollowUpAction = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FollowedUpById = table.Column<Guid>(type: "TEXT", nullable: true),
                    FollowedUpAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyAlerts", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_SafetyAlerts_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SafetyAlerts_QuestionnaireResponses_ResponseId_PracticeId",
                        columns: x => new { x.ResponseId, x.PracticeId },
                        principalTable: "QuestionnaireResponses",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppointmentNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppointmentNotices", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_AppointmentNotices_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppointmentNotices_SeriesSessions_SeriesSessionId_PracticeId",
                        columns: x => new { x.SeriesSessionId, x.PracticeId },
                        principalTable: "SeriesSessions",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicianId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_Appointments_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_Rooms_RoomId_PracticeId",
                        columns: x => new { x.RoomId, x.PracticeId },
                        principalTable: "Rooms",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_SeriesSessions_SeriesSessionId_PracticeId",
                        columns: x => new { x.SeriesSessionId, x.PracticeId },
                        principalTable: "SeriesSessions",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DoseOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mg = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    Route = table.Column<int>(type: "INTEGER", nullable: false),
                    BoosterAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    BoosterMaxMg = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OutsideBandReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PrescriberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DoseOrders", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_DoseOrders_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DoseOrders_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DoseOrders_SeriesSessions_SeriesSessionId_PracticeId",
                        columns: x => new { x.SeriesSessionId, x.PracticeId },
                        principalTable: "SeriesSessions",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DosingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Room = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Eyeshades = table.Column<bool>(type: "INTEGER", nullable: false),
                    Playlist = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Observations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SignedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DosingSessions", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_DosingSessions_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DosingSessions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DosingSessions_SeriesSessions_SeriesSessionId_PracticeId",
                        columns: x => new { x.SeriesSessionId, x.PracticeId },
                        principalTable: "SeriesSessions",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntegrationSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClinicianNotes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    SharedInsights = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    SignedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrationSessions", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_IntegrationSessions_Cases_CaseId_PracticeId",
                        columns: x => new { x.CaseId, x.PracticeId },
                        principalTable: "Cases",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntegrationSessions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntegrationSessions_SeriesSessions_SeriesSessionId_PracticeId",
                        columns: x => new { x.SeriesSessionId, x.PracticeId },
                        principalTable: "SeriesSessions",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IntentionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SeriesSessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_JournalEntries_Clients_AuthorClientId_PracticeId",
                        columns: x => new { x.AuthorClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JournalEntries_Intentions_IntentionId_PracticeId",
                        columns: x => new { x.IntentionId, x.PracticeId },
                        principalTable: "Intentions",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JournalEntries_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JournalEntries_SeriesSessions_SeriesSessionId_PracticeId",
                        columns: x => new { x.SeriesSessionId, x.PracticeId },
                        principalTable: "SeriesSessions",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockCountLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Found = table.Column<long>(type: "INTEGER", nullable: false),
                    BookBalance = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockCountLines", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_StockCountLines_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockCountLines_StockCounts_CountId_PracticeId",
                        columns: x => new { x.CountId, x.PracticeId },
                        principalTable: "StockCounts",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockCountLines_StockLots_LotId_PracticeId",
                        columns: x => new { x.LotId, x.PracticeId },
                        principalTable: "StockLots",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockCountLines_StorageLocations_LocationId_PracticeId",
                        columns: x => new { x.LocationId, x.PracticeId },
                        principalTable: "StorageLocations",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReservedBlocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConsultationBookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReservedBlocks", x => new { x.Id, x.PracticeId });
                    table.CheckConstraint("CK_ReservedBlocks_OneHolder", "(\"AppointmentId\" IS NULL) <> (\"ConsultationBookingId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_ReservedBlocks_Appointments_AppointmentId_PracticeId",
                        columns: x => new { x.AppointmentId, x.PracticeId },
                        principalTable: "Appointments",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReservedBlocks_ConsultationBookings_ConsultationBookingId_PracticeId",
                        columns: x => new { x.ConsultationBookingId, x.PracticeId },
                        principalTable: "ConsultationBookings",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReservedBlocks_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DosingAmendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DosingSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Correction = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AmendedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmendedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DosingAmendments", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_DosingAmendments_DosingSessions_DosingSessionId_PracticeId",
                        columns: x => new { x.DosingSessionId, x.PracticeId },
                        principalTable: "DosingSessions",
                        principalColumns: new[] { "Id", "PracticeId" },
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DosingSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Fasted = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoAlcoholOrBenzodiazepines = table.Column<bool>(type: "INTEGER", nullable: false),
                    EscortName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EscortPhone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Medication = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Route = table.Column<int>(type: "INTEGER", nullable: false),
                    LotNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WeightKg = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    DoseMg = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    GivenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BoosterMg = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    BoosterAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AlertAndOriented = table.Column<bool>(type: "INTEGER", nullable: false),
                    SteadyWalking = table.Column<bool>(type: "INTEGER", nullable: false),
                    VitalsNearBaseline = table.Column<bool>(type: "INTEGER", nullable: false),
                    EscortPresent = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoDrivingToday = table.Column<bool>(type: "INTEGER", nullable: false),
                    DischargedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProtocolNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    EarlierUnsignedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DosingRecords", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_DosingRecords_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DosingRecords_DosingSessions_DosingSessionId_PracticeId",
                        columns: x => new { x.DosingSessionId, x.PracticeId },
                        principalTable: "DosingSessions",
                        principalColumns: new[] { "Id", "PracticeId" },
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IntegrationSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomePracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeAssignments", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_PracticeAssignments_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeAssignments_HomePractices_HomePracticeId_PracticeId",
                        columns: x => new { x.HomePracticeId, x.PracticeId },
                        principalTable: "HomePractices",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeAssignments_IntegrationSessions_IntegrationSessionId_PracticeId",
                        columns: x => new { x.IntegrationSessionId, x.PracticeId },
                        principalTable: "IntegrationSessions",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeAssignments_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdverseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DosingRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdverseEvents", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_AdverseEvents_DosingRecords_DosingRecordId_PracticeId",
                        columns: x => new { x.DosingRecordId, x.PracticeId },
                        principalTable: "DosingRecords",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdverseEvents_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DoseWarningNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DosingRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Check = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DoseWarningNotices", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_DoseWarningNotices_DosingRecords_DosingRecordId_PracticeId",
                        columns: x => new { x.DosingRecordId, x.PracticeId },
                        principalTable: "DosingRecords",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DoseWarningNotices_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Change = table.Column<long>(type: "INTEGER", nullable: false),
                    BalanceAfter = table.Column<long>(type: "INTEGER", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SupplierAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SupplierRegistration = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    InvoiceNumber = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    WitnessName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    WitnessId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WitnessAuthority = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReportReference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    OtherLocationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrectsEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DosingRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Part = table.Column<int>(type: "INTEGER", nullable: true),
                    CountLineId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterEntries", x => new { x.Id, x.PracticeId });
                    table.CheckConstraint("CK_RegisterEntries_BalanceNotBelowZero", "\"BalanceAfter\" >= 0");
                    table.ForeignKey(
                        name: "FK_RegisterEntries_AspNetUsers_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterEntries_Clients_ClientId_PracticeId",
                        columns: x => new { x.ClientId, x.PracticeId },
                        principalTable: "Clients",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterEntries_DosingRecords_DosingRecordId_PracticeId",
                        columns: x => new { x.DosingRecordId, x.PracticeId },
                        principalTable: "DosingRecords",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterEntries_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterEntries_RegisterEntries_CorrectsEntryId_PracticeId",
                        columns: x => new { x.CorrectsEntryId, x.PracticeId },
                        principalTable: "RegisterEntries",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterEntries_StockCountLines_CountLineId_PracticeId",
                        columns: x => new { x.CountLineId, x.PracticeId },
                        principalTable: "StockCountLines",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterEntries_StockLots_LotId_PracticeId",
                        columns: x => new { x.LotId, x.PracticeId },
                        principalTable: "StockLots",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterEntries_StorageLocations_LocationId_PracticeId",
                        columns: x => new { x.LocationId, x.PracticeId },
                        principalTable: "StorageLocations",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterEntries_StorageLocations_OtherLocationId_PracticeId",
                        columns: x => new { x.OtherLocationId, x.PracticeId },
                        principalTable: "StorageLocations",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SafetyOverrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DosingRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Check = table.Column<int>(type: "INTEGER", nullable: false),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PrescriberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyOverrides", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_SafetyOverrides_DosingRecords_DosingRecordId_PracticeId",
                        columns: x => new { x.DosingRecordId, x.PracticeId },
                        principalTable: "DosingRecords",
                        principalColumns: new[] { "Id", "PracticeId" },
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DosingRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Systolic = table.Column<int>(type: "INTEGER", nullable: false),
                    Diastolic = table.Column<int>(type: "INTEGER", nullable: false),
                    HeartRate = table.Column<int>(type: "INTEGER", nullable: false),
                    SpO2 = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VitalsReadings", x => new { x.Id, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_VitalsReadings_DosingRecords_DosingRecordId_PracticeId",
                        columns: x => new { x.DosingRecordId, x.PracticeId },
                        principalTable: "DosingRecords",
                        principalColumns: new[] { "Id", "PracticeId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VitalsReadings_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdverseEvents_DosingRecordId_PracticeId",
                table: "AdverseEvents",
                columns: new[] { "DosingRecordId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_AdverseEvents_PracticeId",
                table: "AdverseEvents",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_AppointmentNotices_PracticeId",
                table: "AppointmentNotices",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_AppointmentNotices_PracticeId_SeriesSessionId_ClientId",
                table: "AppointmentNotices",
                columns: new[] { "PracticeId", "SeriesSessionId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_AppointmentNotices_PracticeId_SeriesSessionId_ClientId_StartsAt_DaysBefore",
                table: "AppointmentNotices",
                columns: new[] { "PracticeId", "SeriesSessionId", "ClientId", "StartsAt", "DaysBefore" },
                unique: true,
                filter: "\"Kind\" = 4");

            migrationBuilder.CreateIndex(
                name: "IX_AppointmentNotices_SeriesSessionId_PracticeId",
                table: "AppointmentNotices",
                columns: new[] { "SeriesSessionId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CaseId_PracticeId",
                table: "Appointments",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CaseId_StartsAt",
                table: "Appointments",
                columns: new[] { "CaseId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_PracticeId",
                table: "Appointments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_PracticeId_ClinicianId_StartsAt",
                table: "Appointments",
                columns: new[] { "PracticeId", "ClinicianId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_PracticeId_StartsAt",
                table: "Appointments",
                columns: new[] { "PracticeId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_RoomId_PracticeId",
                table: "Appointments",
                columns: new[] { "RoomId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_SeriesSessionId_PracticeId",
                table: "Appointments",
                columns: new[] { "SeriesSessionId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PracticeId",
                table: "AspNetUsers",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_PracticeId_ClientId",
                table: "AuditEvents",
                columns: new[] { "PracticeId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_PracticeId_Sequence",
                table: "AuditEvents",
                columns: new[] { "PracticeId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AvailabilityOverrides_ClinicianId",
                table: "AvailabilityOverrides",
                column: "ClinicianId");

            migrationBuilder.CreateIndex(
                name: "IX_AvailabilityOverrides_PracticeId",
                table: "AvailabilityOverrides",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_AvailabilityOverrides_PracticeId_ClinicianId_Date",
                table: "AvailabilityOverrides",
                columns: new[] { "PracticeId", "ClinicianId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_PracticeId",
                table: "CalendarFeeds",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_PracticeId_StaffId",
                table: "CalendarFeeds",
                columns: new[] { "PracticeId", "StaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_StaffId",
                table: "CalendarFeeds",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_TokenHash_PracticeId",
                table: "CalendarFeeds",
                columns: new[] { "TokenHash", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_CaseId_CreatedAt",
                table: "CaseNotes",
                columns: new[] { "CaseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_CaseId_PracticeId",
                table: "CaseNotes",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_PracticeId",
                table: "CaseNotes",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseParticipants_CaseId_ClientId_PracticeId",
                table: "CaseParticipants",
                columns: new[] { "CaseId", "ClientId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseParticipants_CaseId_PracticeId",
                table: "CaseParticipants",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseParticipants_ClientId_PracticeId",
                table: "CaseParticipants",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseParticipants_PracticeId",
                table: "CaseParticipants",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseParticipants_PracticeId_ClientId",
                table: "CaseParticipants",
                columns: new[] { "PracticeId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PracticeId",
                table: "Cases",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PracticeId_Stage",
                table: "Cases",
                columns: new[] { "PracticeId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStageChanges_CaseId_Number",
                table: "CaseStageChanges",
                columns: new[] { "CaseId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStageChanges_CaseId_PracticeId",
                table: "CaseStageChanges",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStageChanges_PracticeId",
                table: "CaseStageChanges",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_CaseId_PracticeId",
                table: "CaseTeamMembers",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_CaseId_StaffId_PracticeId",
                table: "CaseTeamMembers",
                columns: new[] { "CaseId", "StaffId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_PracticeId",
                table: "CaseTeamMembers",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_PracticeId_StaffId",
                table: "CaseTeamMembers",
                columns: new[] { "PracticeId", "StaffId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_StaffId",
                table: "CaseTeamMembers",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientInvitations_ClientId_PracticeId",
                table: "ClientInvitations",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientInvitations_PracticeId",
                table: "ClientInvitations",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientInvitations_TokenHash_PracticeId",
                table: "ClientInvitations",
                columns: new[] { "TokenHash", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Clients_PracticeId",
                table: "Clients",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_PracticeId_Email",
                table: "Clients",
                columns: new[] { "PracticeId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Clients_UserId_PracticeId",
                table: "Clients",
                columns: new[] { "UserId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Closures_PracticeId",
                table: "Closures",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Closures_PracticeId_LastDay",
                table: "Closures",
                columns: new[] { "PracticeId", "LastDay" });

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
                name: "IX_ConsentSignatures_ClientId_ConsentDocumentId_PracticeId",
                table: "ConsentSignatures",
                columns: new[] { "ClientId", "ConsentDocumentId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentSignatures_ClientId_PracticeId",
                table: "ConsentSignatures",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentSignatures_ConsentDocumentId_PracticeId",
                table: "ConsentSignatures",
                columns: new[] { "ConsentDocumentId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentSignatures_PracticeId",
                table: "ConsentSignatures",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationBookings_CaseId_PracticeId",
                table: "ConsultationBookings",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationBookings_LiveSlot",
                table: "ConsultationBookings",
                columns: new[] { "ClinicianId", "StartsAt", "PracticeId" },
                unique: true,
                filter: "\"CancelledAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationBookings_ManageTokenHash_PracticeId",
                table: "ConsultationBookings",
                columns: new[] { "ManageTokenHash", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationBookings_PracticeId",
                table: "ConsultationBookings",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationBookings_PracticeId_StartsAt",
                table: "ConsultationBookings",
                columns: new[] { "PracticeId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationBookings_ProspectId_PracticeId",
                table: "ConsultationBookings",
                columns: new[] { "ProspectId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationHours_ClinicianId",
                table: "ConsultationHours",
                column: "ClinicianId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationHours_PracticeId",
                table: "ConsultationHours",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationHours_PracticeId_ClinicianId",
                table: "ConsultationHours",
                columns: new[] { "PracticeId", "ClinicianId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContraindicationItems_PracticeId",
                table: "ContraindicationItems",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ContraindicationItems_PracticeId_SortOrder",
                table: "ContraindicationItems",
                columns: new[] { "PracticeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionRequests_CaseId_PracticeId",
                table: "CorrectionRequests",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionRequests_ClientId_PracticeId",
                table: "CorrectionRequests",
                columns: new[] { "ClientId", "PracticeId" });

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

            migrationBuilder.CreateIndex(
                name: "IX_DoseOrders_CaseId",
                table: "DoseOrders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DoseOrders_ClientId_PracticeId",
                table: "DoseOrders",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_DoseOrders_PracticeId",
                table: "DoseOrders",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_DoseOrders_SeriesSessionId_ClientId_PracticeId",
                table: "DoseOrders",
                columns: new[] { "SeriesSessionId", "ClientId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DoseOrders_SeriesSessionId_PracticeId",
                table: "DoseOrders",
                columns: new[] { "SeriesSessionId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_DoseWarningNotices_DosingRecordId_Check_PracticeId",
                table: "DoseWarningNotices",
                columns: new[] { "DosingRecordId", "Check", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DoseWarningNotices_DosingRecordId_PracticeId",
                table: "DoseWarningNotices",
                columns: new[] { "DosingRecordId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_DoseWarningNotices_PracticeId",
                table: "DoseWarningNotices",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_DosingAmendments_DosingSessionId",
                table: "DosingAmendments",
                column: "DosingSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_DosingAmendments_DosingSessionId_PracticeId",
                table: "DosingAmendments",
                columns: new[] { "DosingSessionId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_DosingAmendments_PracticeId",
                table: "DosingAmendments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_DosingRecords_ClientId_PracticeId",
                table: "DosingRecords",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_DosingRecords_DosingSessionId_ClientId_PracticeId",
                table: "DosingRecords",
                columns: new[] { "DosingSessionId", "ClientId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DosingRecords_DosingSessionId_PracticeId",
                table: "DosingRecords",
                columns: new[] { "DosingSessionId", "PracticeId" });

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
                name: "IX_DosingSessions_CaseId_PracticeId",
                table: "DosingSessions",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_DosingSessions_PracticeId",
                table: "DosingSessions",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_DosingSessions_SeriesSessionId_PracticeId",
                table: "DosingSessions",
                columns: new[] { "SeriesSessionId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FreeCallMethods_ClinicianId_PracticeId",
                table: "FreeCallMethods",
                columns: new[] { "ClinicianId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FreeCallMethods_PracticeId",
                table: "FreeCallMethods",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_HomePracticeCheckIns_CaseId_ClientId_Day",
                table: "HomePracticeCheckIns",
                columns: new[] { "CaseId", "ClientId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_HomePracticeCheckIns_CaseId_PracticeId",
                table: "HomePracticeCheckIns",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_HomePracticeCheckIns_ClientId_HomePracticeId_Day_PracticeId",
                table: "HomePracticeCheckIns",
                columns: new[] { "ClientId", "HomePracticeId", "Day", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HomePracticeCheckIns_ClientId_PracticeId",
                table: "HomePracticeCheckIns",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_HomePracticeCheckIns_HomePracticeId_PracticeId",
                table: "HomePracticeCheckIns",
                columns: new[] { "HomePracticeId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_HomePracticeCheckIns_PracticeId",
                table: "HomePracticeCheckIns",
                column: "PracticeId");

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
                name: "IX_HotSpots_AuthorClientId_PracticeId",
                table: "HotSpots",
                columns: new[] { "AuthorClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_HotSpots_PracticeId",
                table: "HotSpots",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_HotSpots_PracticeId_AuthorClientId",
                table: "HotSpots",
                columns: new[] { "PracticeId", "AuthorClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeForms_CaseId_ClientId_PracticeId",
                table: "IntakeForms",
                columns: new[] { "CaseId", "ClientId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeForms_CaseId_PracticeId",
                table: "IntakeForms",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeForms_ClientId_PracticeId",
                table: "IntakeForms",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeForms_PracticeId",
                table: "IntakeForms",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeSubmissions_CaseId_ClientId",
                table: "IntakeSubmissions",
                columns: new[] { "CaseId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeSubmissions_IntakeFormId_Number_PracticeId",
                table: "IntakeSubmissions",
                columns: new[] { "IntakeFormId", "Number", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeSubmissions_IntakeFormId_PracticeId",
                table: "IntakeSubmissions",
                columns: new[] { "IntakeFormId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeSubmissions_PracticeId",
                table: "IntakeSubmissions",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationSessions_CaseId",
                table: "IntegrationSessions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationSessions_CaseId_PracticeId",
                table: "IntegrationSessions",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationSessions_PracticeId",
                table: "IntegrationSessions",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationSessions_SeriesSessionId_PracticeId",
                table: "IntegrationSessions",
                columns: new[] { "SeriesSessionId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Intentions_AuthorClientId_PracticeId",
                table: "Intentions",
                columns: new[] { "AuthorClientId", "PracticeId" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Intentions_SharedInCaseId_PracticeId",
                table: "Intentions",
                columns: new[] { "SharedInCaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_AuthorClientId_PracticeId",
                table: "JournalEntries",
                columns: new[] { "AuthorClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_IntentionId_PracticeId",
                table: "JournalEntries",
                columns: new[] { "IntentionId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_PracticeId",
                table: "JournalEntries",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_PracticeId_AuthorClientId_WrittenAt",
                table: "JournalEntries",
                columns: new[] { "PracticeId", "AuthorClientId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_SeriesSessionId_PracticeId",
                table: "JournalEntries",
                columns: new[] { "SeriesSessionId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_MapPeople_PracticeId",
                table: "MapPeople",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_MapPeople_SnapshotId_PersonId_PracticeId",
                table: "MapPeople",
                columns: new[] { "SnapshotId", "PersonId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MapPeople_SnapshotId_PracticeId",
                table: "MapPeople",
                columns: new[] { "SnapshotId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_MapSnapshots_ClientId_PracticeId",
                table: "MapSnapshots",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_MapSnapshots_PracticeId",
                table: "MapSnapshots",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_MapSnapshots_PracticeId_ClientId_DrawnAt",
                table: "MapSnapshots",
                columns: new[] { "PracticeId", "ClientId", "DrawnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureReferences_PracticeId",
                table: "MeasureReferences",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureReferences_PracticeId_InstrumentCode",
                table: "MeasureReferences",
                columns: new[] { "PracticeId", "InstrumentCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAssignments_ClientId_PracticeId",
                table: "PracticeAssignments",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAssignments_HomePracticeId_PracticeId",
                table: "PracticeAssignments",
                columns: new[] { "HomePracticeId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAssignments_IntegrationSessionId_ClientId_HomePracticeId_PracticeId",
                table: "PracticeAssignments",
                columns: new[] { "IntegrationSessionId", "ClientId", "HomePracticeId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAssignments_IntegrationSessionId_PracticeId",
                table: "PracticeAssignments",
                columns: new[] { "IntegrationSessionId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAssignments_PracticeId",
                table: "PracticeAssignments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAssignments_PracticeId_ClientId",
                table: "PracticeAssignments",
                columns: new[] { "PracticeId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeProtocols_PracticeId",
                table: "PracticeProtocols",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeProtocols_PracticeId_Number",
                table: "PracticeProtocols",
                columns: new[] { "PracticeId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practices_Slug",
                table: "Practices",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeTexts_PracticeId",
                table: "PracticeTexts",
                column: "PracticeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrescriberDecisions_PracticeId",
                table: "PrescriberDecisions",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PrescriberDecisions_ReviewId_At",
                table: "PrescriberDecisions",
                columns: new[] { "ReviewId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PrescriberDecisions_ReviewId_PracticeId",
                table: "PrescriberDecisions",
                columns: new[] { "ReviewId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_PrescriberReviews_CaseId_ClientId_PracticeId",
                table: "PrescriberReviews",
                columns: new[] { "CaseId", "ClientId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrescriberReviews_CaseId_PracticeId",
                table: "PrescriberReviews",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_PrescriberReviews_PracticeId",
                table: "PrescriberReviews",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_PracticeId",
                table: "Prospects",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_Answered",
                table: "QuestionnaireResponses",
                columns: new[] { "PracticeId", "ClientId", "Timepoint", "SubmittedAt", "Score", "CaseId", "SeriesId", "InstrumentCode", "InstrumentVersion", "Id" },
                filter: "\"SubmittedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_CaseId_ClientId_InstrumentCode_Timepoint_SeriesId_PracticeId",
                table: "QuestionnaireResponses",
                columns: new[] { "CaseId", "ClientId", "InstrumentCode", "Timepoint", "SeriesId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_CaseId_PracticeId",
                table: "QuestionnaireResponses",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_ClientId_PracticeId",
                table: "QuestionnaireResponses",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_Intake",
                table: "QuestionnaireResponses",
                columns: new[] { "CaseId", "ClientId", "InstrumentCode", "Timepoint", "PracticeId" },
                unique: true,
                filter: "\"SeriesId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_PracticeId",
                table: "QuestionnaireResponses",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_PracticeId_ClientId_DueOn",
                table: "QuestionnaireResponses",
                columns: new[] { "PracticeId", "ClientId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_SeriesId_PracticeId",
                table: "QuestionnaireResponses",
                columns: new[] { "SeriesId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_Unanswered",
                table: "QuestionnaireResponses",
                columns: new[] { "PracticeId", "CaseId", "DueOn" },
                filter: "\"SubmittedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCustodians_PracticeId",
                table: "RegisterCustodians",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCustodians_PracticeId_UserId",
                table: "RegisterCustodians",
                columns: new[] { "PracticeId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterCustodians_UserId",
                table: "RegisterCustodians",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_ClientId_PracticeId",
                table: "RegisterEntries",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_CorrectsEntryId_PracticeId",
                table: "RegisterEntries",
                columns: new[] { "CorrectsEntryId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_CountLineId_PracticeId",
                table: "RegisterEntries",
                columns: new[] { "CountLineId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_DosingRecordId",
                table: "RegisterEntries",
                column: "DosingRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_DosingRecordId_PracticeId",
                table: "RegisterEntries",
                columns: new[] { "DosingRecordId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_LocationId_PracticeId",
                table: "RegisterEntries",
                columns: new[] { "LocationId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_LotId_LocationId_RecordedAt",
                table: "RegisterEntries",
                columns: new[] { "LotId", "LocationId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_LotId_PracticeId",
                table: "RegisterEntries",
                columns: new[] { "LotId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_OtherLocationId_PracticeId",
                table: "RegisterEntries",
                columns: new[] { "OtherLocationId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_PracticeId",
                table: "RegisterEntries",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_PracticeId_RecordedAt",
                table: "RegisterEntries",
                columns: new[] { "PracticeId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_RecordedById",
                table: "RegisterEntries",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterReferences_ClientId_PracticeId",
                table: "RegisterReferences",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterReferences_PracticeId",
                table: "RegisterReferences",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterReferences_PracticeId_ClientId",
                table: "RegisterReferences",
                columns: new[] { "PracticeId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterReferences_PracticeId_Number",
                table: "RegisterReferences",
                columns: new[] { "PracticeId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterSettings_PracticeId",
                table: "RegisterSettings",
                column: "PracticeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RepairEpisodes_CaseId_OccurredOn",
                table: "RepairEpisodes",
                columns: new[] { "CaseId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairEpisodes_CaseId_PracticeId",
                table: "RepairEpisodes",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairEpisodes_PracticeId",
                table: "RepairEpisodes",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_RepairSides_ClientId_PracticeId",
                table: "RepairSides",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairSides_EpisodeId_ClientId_PracticeId",
                table: "RepairSides",
                columns: new[] { "EpisodeId", "ClientId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RepairSides_EpisodeId_PracticeId",
                table: "RepairSides",
                columns: new[] { "EpisodeId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairSides_PracticeId",
                table: "RepairSides",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ReservedBlocks_AppointmentId_PracticeId",
                table: "ReservedBlocks",
                columns: new[] { "AppointmentId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReservedBlocks_ConsultationBookingId_PracticeId",
                table: "ReservedBlocks",
                columns: new[] { "ConsultationBookingId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReservedBlocks_PracticeId",
                table: "ReservedBlocks",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ReservedBlocks_Resource_StartsAt_PracticeId",
                table: "ReservedBlocks",
                columns: new[] { "Resource", "StartsAt", "PracticeId" },
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
                name: "IX_SafetyAlerts_PracticeId",
                table: "SafetyAlerts",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyAlerts_PracticeId_FollowedUpAt",
                table: "SafetyAlerts",
                columns: new[] { "PracticeId", "FollowedUpAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyAlerts_PracticeId_ResponseId",
                table: "SafetyAlerts",
                columns: new[] { "PracticeId", "ResponseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyAlerts_ResponseId_PracticeId",
                table: "SafetyAlerts",
                columns: new[] { "ResponseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyOverrides_CaseId",
                table: "SafetyOverrides",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyOverrides_DosingRecordId_Check_PracticeId",
                table: "SafetyOverrides",
                columns: new[] { "DosingRecordId", "Check", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyOverrides_DosingRecordId_PracticeId",
                table: "SafetyOverrides",
                columns: new[] { "DosingRecordId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyOverrides_PracticeId",
                table: "SafetyOverrides",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaps_CaseId_ClientId_SeriesId_Timepoint_PracticeId",
                table: "ScheduledMaps",
                columns: new[] { "CaseId", "ClientId", "SeriesId", "Timepoint", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaps_CaseId_PracticeId",
                table: "ScheduledMaps",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaps_ClientId_PracticeId",
                table: "ScheduledMaps",
                columns: new[] { "ClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaps_PracticeId",
                table: "ScheduledMaps",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaps_PracticeId_ClientId_DueOn",
                table: "ScheduledMaps",
                columns: new[] { "PracticeId", "ClientId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaps_SeriesId_PracticeId",
                table: "ScheduledMaps",
                columns: new[] { "SeriesId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaps_SnapshotId_PracticeId",
                table: "ScheduledMaps",
                columns: new[] { "SnapshotId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledMaps_Undrawn",
                table: "ScheduledMaps",
                columns: new[] { "PracticeId", "CaseId", "DueOn" },
                filter: "\"SnapshotId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Series_CaseId_PracticeId",
                table: "Series",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Series_PracticeId",
                table: "Series",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Series_PracticeId_CaseId_StartDate",
                table: "Series",
                columns: new[] { "PracticeId", "CaseId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_SeriesSessions_CaseId_Date",
                table: "SeriesSessions",
                columns: new[] { "CaseId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SeriesSessions_PracticeId",
                table: "SeriesSessions",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_SeriesSessions_SeriesId_Number_PracticeId",
                table: "SeriesSessions",
                columns: new[] { "SeriesId", "Number", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeriesSessions_SeriesId_PracticeId",
                table: "SeriesSessions",
                columns: new[] { "SeriesId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionHours_ClinicianId",
                table: "SessionHours",
                column: "ClinicianId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionHours_PracticeId",
                table: "SessionHours",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionHours_PracticeId_ClinicianId",
                table: "SessionHours",
                columns: new[] { "PracticeId", "ClinicianId" });

            migrationBuilder.CreateIndex(
                name: "IX_Shares_CaseId_PracticeId",
                table: "Shares",
                columns: new[] { "CaseId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Shares_OwnerClientId_PracticeId",
                table: "Shares",
                columns: new[] { "OwnerClientId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Shares_PracticeId",
                table: "Shares",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Shares_PracticeId_CaseId_Kind",
                table: "Shares",
                columns: new[] { "PracticeId", "CaseId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Shares_PracticeId_Kind_ItemId_CaseId",
                table: "Shares",
                columns: new[] { "PracticeId", "Kind", "ItemId", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffInvitations_PracticeId",
                table: "StaffInvitations",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffInvitations_PracticeId_Email",
                table: "StaffInvitations",
                columns: new[] { "PracticeId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffInvitations_TokenHash_PracticeId",
                table: "StaffInvitations",
                columns: new[] { "TokenHash", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_LocationId_PracticeId",
                table: "StockBalances",
                columns: new[] { "LocationId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_LotId_LocationId_PracticeId",
                table: "StockBalances",
                columns: new[] { "LotId", "LocationId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_LotId_PracticeId",
                table: "StockBalances",
                columns: new[] { "LotId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_PracticeId",
                table: "StockBalances",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_StockCountLines_CountId_LotId_PracticeId",
                table: "StockCountLines",
                columns: new[] { "CountId", "LotId", "PracticeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockCountLines_CountId_PracticeId",
                table: "StockCountLines",
                columns: new[] { "CountId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_StockCountLines_LocationId_PracticeId",
                table: "StockCountLines",
                columns: new[] { "LocationId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_StockCountLines_LotId_PracticeId",
                table: "StockCountLines",
                columns: new[] { "LotId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_StockCountLines_PracticeId",
                table: "StockCountLines",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_StockCountLines_PracticeId_LotId_LocationId",
                table: "StockCountLines",
                columns: new[] { "PracticeId", "LotId", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_StockCounts_CountedById",
                table: "StockCounts",
                column: "CountedById");

            migrationBuilder.CreateIndex(
                name: "IX_StockCounts_LocationId_PracticeId",
                table: "StockCounts",
                columns: new[] { "LocationId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_StockCounts_PracticeId",
                table: "StockCounts",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_StockCounts_PracticeId_LocationId_CountedOn",
                table: "StockCounts",
                columns: new[] { "PracticeId", "LocationId", "CountedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_StockLots_PracticeId",
                table: "StockLots",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_StockLots_PracticeId_ProductId_Number",
                table: "StockLots",
                columns: new[] { "PracticeId", "ProductId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockLots_ProductId_PracticeId",
                table: "StockLots",
                columns: new[] { "ProductId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_StockProducts_PracticeId",
                table: "StockProducts",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_StockProducts_PracticeId_Name",
                table: "StockProducts",
                columns: new[] { "PracticeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StorageLocations_PracticeId",
                table: "StorageLocations",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_StorageLocations_PracticeId_Name",
                table: "StorageLocations",
                columns: new[] { "PracticeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StorageLocations_RoomId_PracticeId",
                table: "StorageLocations",
                columns: new[] { "RoomId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_VitalsReadings_DosingRecordId_PracticeId",
                table: "VitalsReadings",
                columns: new[] { "DosingRecordId", "PracticeId" });

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
                name: "AppointmentNotices");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "AvailabilityOverrides");

            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "CaseParticipants");

            migrationBuilder.DropTable(
                name: "CaseStageChanges");

            migrationBuilder.DropTable(
                name: "CaseTeamMembers");

            migrationBuilder.DropTable(
                name: "ClientInvitations");

            migrationBuilder.DropTable(
                name: "Closures");

            migrationBuilder.DropTable(
                name: "ConsentSignatures");

            migrationBuilder.DropTable(
                name: "ConsultationHours");

            migrationBuilder.DropTable(
                name: "ContraindicationItems");

            migrationBuilder.DropTable(
                name: "CorrectionRequests");

            migrationBuilder.DropTable(
                name: "DoseOrders");

            migrationBuilder.DropTable(
                name: "DoseWarningNotices");

            migrationBuilder.DropTable(
                name: "DosingAmendments");

            migrationBuilder.DropTable(
                name: "FreeCallMethods");

            migrationBuilder.DropTable(
                name: "HomePracticeCheckIns");

            migrationBuilder.DropTable(
                name: "HotSpots");

            migrationBuilder.DropTable(
                name: "IntakeSubmissions");

            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropTable(
                name: "MapPeople");

            migrationBuilder.DropTable(
                name: "MeasureReferences");

            migrationBuilder.DropTable(
                name: "PracticeAssignments");

            migrationBuilder.DropTable(
                name: "PracticeProtocols");

            migrationBuilder.DropTable(
                name: "PracticeTexts");

            migrationBuilder.DropTable(
                name: "PrescriberDecisions");

            migrationBuilder.DropTable(
                name: "RegisterCustodians");

            migrationBuilder.DropTable(
                name: "RegisterEntries");

            migrationBuilder.DropTable(
                name: "RegisterReferences");

            migrationBuilder.DropTable(
                name: "RegisterSettings");

            migrationBuilder.DropTable(
                name: "RepairSides");

            migrationBuilder.DropTable(
                name: "ReservedBlocks");

            migrationBuilder.DropTable(
                name: "SafetyAlerts");

            migrationBuilder.DropTable(
                name: "SafetyOverrides");

            migrationBuilder.DropTable(
                name: "ScheduledMaps");

            migrationBuilder.DropTable(
                name: "SessionHours");

            migrationBuilder.DropTable(
                name: "Shares");

            migrationBuilder.DropTable(
                name: "StaffInvitations");

            migrationBuilder.DropTable(
                name: "StockBalances");

            migrationBuilder.DropTable(
                name: "VitalsReadings");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "ConsentDocuments");

            migrationBuilder.DropTable(
                name: "IntakeForms");

            migrationBuilder.DropTable(
                name: "Intentions");

            migrationBuilder.DropTable(
                name: "HomePractices");

            migrationBuilder.DropTable(
                name: "IntegrationSessions");

            migrationBuilder.DropTable(
                name: "PrescriberReviews");

            migrationBuilder.DropTable(
                name: "StockCountLines");

            migrationBuilder.DropTable(
                name: "RepairEpisodes");

            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "ConsultationBookings");

            migrationBuilder.DropTable(
                name: "QuestionnaireResponses");

            migrationBuilder.DropTable(
                name: "MapSnapshots");

            migrationBuilder.DropTable(
                name: "DosingRecords");

            migrationBuilder.DropTable(
                name: "StockCounts");

            migrationBuilder.DropTable(
                name: "StockLots");

            migrationBuilder.DropTable(
                name: "Prospects");

            migrationBuilder.DropTable(
                name: "Clients");

            migrationBuilder.DropTable(
                name: "DosingSessions");

            migrationBuilder.DropTable(
                name: "StorageLocations");

            migrationBuilder.DropTable(
                name: "StockProducts");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "SeriesSessions");

            migrationBuilder.DropTable(
                name: "Rooms");

            migrationBuilder.DropTable(
                name: "Series");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Practices");
        }
    }
}
