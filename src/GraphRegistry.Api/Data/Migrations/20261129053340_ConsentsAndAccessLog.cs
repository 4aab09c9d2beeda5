using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphRegistry.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConsentsAndAccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AllowedPurposes",
                table: "Agencies");

            migrationBuilder.AddColumn<string>(
                name: "Purposes",
                table: "Agencies",
                type: "TEXT",
                nullable: true);

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
                name: "IX_Consents_HouseholdId_AgencyCode_ExpiresAt",
                table: "Consents",
                columns: new[] { "HouseholdId", "AgencyCode", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_PublicId",
                table: "Consents",
                column: "PublicId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessLog");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropColumn(
                name: "Purposes",
                table: "Agencies");

            migrationBuilder.AddColumn<string>(
                name: "AllowedPurposes",
                table: "Agencies",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }
    }
}
