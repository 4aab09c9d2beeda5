using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphRegistry.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EnrollmentPurpose : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnrollmentPurpose",
                table: "Programs",
                type: "TEXT",
                nullable: true);

            // The programmes seeded before this column existed, as schema/programs.json now names them.
            migrationBuilder.Sql("UPDATE \"Programs\" SET \"EnrollmentPurpose\" = 'ASD_ENROLLMENT' WHERE \"Code\" = 'ASD';");
            migrationBuilder.Sql("UPDATE \"Programs\" SET \"EnrollmentPurpose\" = 'AMO_ENROLLMENT' WHERE \"Code\" IN ('AMO_TADAMON', 'AMO_ACHAMIL');");
            migrationBuilder.Sql("UPDATE \"Programs\" SET \"EnrollmentPurpose\" = 'TAYSSIR_ENROLLMENT' WHERE \"Code\" = 'TAYSSIR';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnrollmentPurpose",
                table: "Programs");
        }
    }
}
