using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphRegistry.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EnrollmentsAndWhatIf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CriteriaMet",
                table: "EligibilityDecisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Decisions made before the column existed: an eligible one met its criteria; for the
            // others the next rescore says, and until then a what-if counts them as not meeting them.
            migrationBuilder.Sql("UPDATE \"EligibilityDecisions\" SET \"CriteriaMet\" = \"Eligible\";");

            migrationBuilder.CreateTable(
                name: "Enrollments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HouseholdId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProgramCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrollments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrollments_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_HouseholdId_ProgramCode_Id",
                table: "Enrollments",
                columns: new[] { "HouseholdId", "ProgramCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_ProgramCode_HouseholdId",
                table: "Enrollments",
                columns: new[] { "ProgramCode", "HouseholdId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Enrollments");

            migrationBuilder.DropColumn(
                name: "CriteriaMet",
                table: "EligibilityDecisions");
        }
    }
}
