using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphRegistry.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_HouseholdId_Version",
                table: "Declarations",
                columns: new[] { "HouseholdId", "Version" },
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "Memberships");

            migrationBuilder.DropTable(
                name: "Households");

            migrationBuilder.DropTable(
                name: "Persons");
        }
    }
}
