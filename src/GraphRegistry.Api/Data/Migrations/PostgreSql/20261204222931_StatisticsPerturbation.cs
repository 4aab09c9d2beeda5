using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GraphRegistry.Api.Data.Migrations.PostgreSql
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
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RecordKey",
                table: "Households",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Records registered before the cell-key method get their random key now, once.
            migrationBuilder.Sql("""UPDATE "Persons" SET "RecordKey" = ('x' || substr(md5(gen_random_uuid()::text), 1, 8))::bit(32)::bigint;""");
            migrationBuilder.Sql("""UPDATE "Households" SET "RecordKey" = ('x' || substr(md5(gen_random_uuid()::text), 1, 8))::bit(32)::bigint;""");

            migrationBuilder.CreateTable(
                name: "AnalystBudgets",
                columns: table => new
                {
                    Analyst = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Used = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalystBudgets", x => new { x.Analyst, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "AnalystQuestions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Analyst = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
