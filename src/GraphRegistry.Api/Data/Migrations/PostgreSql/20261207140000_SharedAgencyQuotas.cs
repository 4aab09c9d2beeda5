using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphRegistry.Api.Data.Migrations.PostgreSql
{
    /// <summary>
    /// The counters of agency quotas shared by every node (Limits/PostgreSqlAgencyQuotaCounter).
    /// Hand-written and PostgreSQL only: the tables are not in the EF model (nothing reads them
    /// through EF), and SQLite serves one node, which counts in memory. The key columns start with
    /// the period so that pruning old periods walks the primary key.
    /// </summary>
    [DbContext(typeof(PostgreSqlRegistryDbContext))]
    [Migration("20261207140000_SharedAgencyQuotas")]
    public partial class SharedAgencyQuotas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "AgencyQuotaMinutes" (
                    "Minute" timestamp with time zone NOT NULL,
                    "Agency" text NOT NULL,
                    "Requests" integer NOT NULL,
                    CONSTRAINT "PK_AgencyQuotaMinutes" PRIMARY KEY ("Minute", "Agency")
                );
                CREATE TABLE "AgencyQuotaDays" (
                    "Day" date NOT NULL,
                    "Agency" text NOT NULL,
                    "Households" integer NOT NULL,
                    CONSTRAINT "PK_AgencyQuotaDays" PRIMARY KEY ("Day", "Agency")
                );
                CREATE TABLE "AgencyQuotaHouseholds" (
                    "Day" date NOT NULL,
                    "Agency" text NOT NULL,
                    "Household" text NOT NULL,
                    CONSTRAINT "PK_AgencyQuotaHouseholds" PRIMARY KEY ("Day", "Agency", "Household")
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE "AgencyQuotaHouseholds";
                DROP TABLE "AgencyQuotaDays";
                DROP TABLE "AgencyQuotaMinutes";
                """);
        }
    }
}
