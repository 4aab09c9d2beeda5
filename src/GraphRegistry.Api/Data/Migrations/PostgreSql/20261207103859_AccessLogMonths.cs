using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphRegistry.Api.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AccessLogMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessLogMonths",
                columns: table => new
                {
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    FirstSequence = table.Column<long>(type: "bigint", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Seal = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ArchivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastSequence = table.Column<long>(type: "bigint", nullable: true),
                    LastHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ArchiveSeal = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLogMonths", x => x.Month);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessLogMonths");
        }
    }
}
