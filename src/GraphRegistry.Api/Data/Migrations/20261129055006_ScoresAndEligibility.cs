using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphRegistry.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ScoresAndEligibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    Contributions = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreComputations", x => x.Id);
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
                name: "IX_EligibilityDecisions_HouseholdId_ProgramCode_Id",
                table: "EligibilityDecisions",
                columns: new[] { "HouseholdId", "ProgramCode", "Id" });

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
                name: "EligibilityDecisions");

            migrationBuilder.DropTable(
                name: "ScoreComputations");

            migrationBuilder.DropTable(
                name: "ThresholdVersions");

            migrationBuilder.DropTable(
                name: "Programs");
        }
    }
}
