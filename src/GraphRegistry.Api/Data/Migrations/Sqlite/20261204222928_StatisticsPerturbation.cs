using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphRegistry.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatisticsPerturbation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RecordKey",
                table: "Persons",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RecordKey",
                table: "Households",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Records registered before the cell-key method get their random key now, once.
            migrationBuilder.Sql("""UPDATE "Persons" SET "RecordKey" = random() & 4294967295;""");
            migrationBuilder.Sql("""UPDATE "Households" SET "RecordKey" = random() & 4294967295;""");

            migrationBuilder.CreateTable(
                name: "AnalystBudgets",
                columns: table => new
                {
                    Analyst = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Used = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalystBudgets", x => new { x.Analyst, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "AnalystQuestions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Analyst = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalystQuestions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnalystQuestions_Analyst_Day_Fingerprint",
                table: "AnalystQuestions",
                columns: new[] { "Analyst", "Day", "Fingerprint" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnalystBudgets");

            migrationBuilder.DropTable(
                name: "AnalystQuestions");

            migrationBuilder.DropColumn(
                name: "RecordKey",
                table: "Persons");

            migrationBuilder.DropColumn(
                name: "RecordKey",
                table: "Households");
        }
    }
}
