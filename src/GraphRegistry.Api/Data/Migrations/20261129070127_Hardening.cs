using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphRegistry.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Hardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Limits",
                table: "Agencies",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<bool>(
                name: "PersistedOnly",
                table: "Agencies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Limits",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "PersistedOnly",
                table: "Agencies");
        }
    }
}
