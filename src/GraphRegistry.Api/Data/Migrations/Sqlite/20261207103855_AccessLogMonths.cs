using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphRegistry.Api.Data.Migrations.Sqlite
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
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    FirstSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Seal = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ArchivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: true),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ArchiveSeal = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
