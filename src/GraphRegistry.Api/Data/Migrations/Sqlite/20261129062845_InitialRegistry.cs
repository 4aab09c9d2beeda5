using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphRegistry.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PrincipalKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PrincipalSubject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Basis = table.Column<string>(type: "TEXT", nullable: true),
                    OperationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DocumentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subjects = table.Column<string>(type: "TEXT", nullable: false),
                    Fields = table.Column<string>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LegalBasisReference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RowScope = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScopeRegions = table.Column<string>(type: "TEXT", nullable: false),
                    Purposes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectPersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    HouseholdId = table.Column<long>(type: "INTEGER", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Purposes = table.Column<string>(type: "TEXT", nullable: false),
                    DataCategories = table.Column<string>(type: "TEXT", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CollectionMethod = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GivenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EligibilityDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HouseholdId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProgramCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScoreComputationId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScoreUsed = table.Column<double>(type: "REAL", nullable: false),
                    ThresholdVersionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    TopVariables = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibilityDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Households",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Milieu = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Address = table.Column<string>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LastDeclarationAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Households", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Persons",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NationalId = table.Column<string>(type: "TEXT", nullable: true),
                    NationalIdIndex = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    Idcs = table.Column<string>(type: "TEXT", nullable: true),
                    IdcsIndex = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    FirstNameArabic = table.Column<string>(type: "TEXT", nullable: false),
                    LastNameArabic = table.Column<string>(type: "TEXT", nullable: false),
                    FirstNameLatin = table.Column<string>(type: "TEXT", nullable: false),
                    LastNameLatin = table.Column<string>(type: "TEXT", nullable: false),
                    BirthDate = table.Column<string>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Disability = table.Column<string>(type: "TEXT", nullable: false),
                    DeathDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Persons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Coordinate = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Programs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    OwningAgencyCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScoreComputations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HouseholdId = table.Column<long>(type: "INTEGER", nullable: false),
                    DeclarationId = table.Column<long>(type: "INTEGER", nullable: false),
                    DeclarationVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CalculatedScore = table.Column<double>(type: "REAL", nullable: false),
                    CorrectedScore = table.Column<double>(type: "REAL", nullable: true),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RunId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Contributions = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreComputations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FieldGrants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Coordinate = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Access = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Mask = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    GrantedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FieldGrants_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Declarations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HouseholdId = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DwellingType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Rooms = table.Column<int>(type: "INTEGER", nullable: false),
                    Tenure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WaterSource = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HasElectricity = table.Column<bool>(type: "INTEGER", nullable: false),
                    Sanitation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CookingFuel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DurableGoods = table.Column<int>(type: "INTEGER", maxLength: 32, nullable: false),
                    AnnualWaterElectricitySpending = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    AnnualButaneSpending = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    AnnualPhoneSpending = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    MemberSituations = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declarations_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Memberships",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HouseholdId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Memberships_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Memberships_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThresholdVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<double>(type: "REAL", nullable: false),
                    Comparator = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Provenance = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", nullable: false),
                    ExtraCriteria = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThresholdVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThresholdVersions_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_AgencyCode_Sequence",
                table: "AccessLog",
                columns: new[] { "AgencyCode", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_Outcome_Sequence",
                table: "AccessLog",
                columns: new[] { "Outcome", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_Sequence",
                table: "AccessLog",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Code",
                table: "Agencies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consents_HouseholdId_AgencyCode_ExpiresAt",
                table: "Consents",
                columns: new[] { "HouseholdId", "AgencyCode", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_PublicId",
                table: "Consents",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_HouseholdId_Version",
                table: "Declarations",
                columns: new[] { "HouseholdId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityDecisions_HouseholdId_ProgramCode_Id",
                table: "EligibilityDecisions",
                columns: new[] { "HouseholdId", "ProgramCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldGrants_AgencyId_Coordinate",
                table: "FieldGrants",
                columns: new[] { "AgencyId", "Coordinate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Households_PublicId",
                table: "Households",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Households_RegionCode_PublicId",
                table: "Households",
                columns: new[] { "RegionCode", "PublicId" });

            migrationBuilder.CreateIndex(
                name: "IX_Households_Status_PublicId",
                table: "Households",
                columns: new[] { "Status", "PublicId" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_HouseholdId_EndDate",
                table: "Memberships",
                columns: new[] { "HouseholdId", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_OneCurrentHouseholdPerPerson",
                table: "Memberships",
                column: "PersonId",
                unique: true,
                filter: "\"EndDate\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_OneHeadPerHousehold",
                table: "Memberships",
                column: "HouseholdId",
                unique: true,
                filter: "\"EndDate\" IS NULL AND \"Relationship\" = 'Head'");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_PersonId_EndDate",
                table: "Memberships",
                columns: new[] { "PersonId", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_IdcsIndex",
                table: "Persons",
                column: "IdcsIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Persons_NationalIdIndex",
                table: "Persons",
                column: "NationalIdIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Persons_PublicId",
                table: "Persons",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyChanges_AgencyCode_ChangedAt",
                table: "PolicyChanges",
                columns: new[] { "AgencyCode", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Programs_Code",
                table: "Programs",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoreComputations_HouseholdId_Id",
                table: "ScoreComputations",
                columns: new[] { "HouseholdId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ScoreComputations_RunId_HouseholdId",
                table: "ScoreComputations",
                columns: new[] { "RunId", "HouseholdId" });

            migrationBuilder.CreateIndex(
                name: "IX_ThresholdVersions_ProgramId",
                table: "ThresholdVersions",
                column: "ProgramId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessLog");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "EligibilityDecisions");

            migrationBuilder.DropTable(
                name: "FieldGrants");

            migrationBuilder.DropTable(
                name: "Memberships");

            migrationBuilder.DropTable(
                name: "PolicyChanges");

            migrationBuilder.DropTable(
                name: "ScoreComputations");

            migrationBuilder.DropTable(
                name: "ThresholdVersions");

            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "Households");

            migrationBuilder.DropTable(
                name: "Persons");

            migrationBuilder.DropTable(
                name: "Programs");
        }
    }
}
