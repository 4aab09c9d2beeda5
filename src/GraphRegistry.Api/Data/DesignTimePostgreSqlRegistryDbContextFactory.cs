using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GraphRegistry.Api.Data;

/// <summary>Lets `dotnet ef migrations add X --context PostgreSqlRegistryDbContext --output-dir Data/Migrations/PostgreSql` build the model without a server.</summary>
internal sealed class DesignTimePostgreSqlRegistryDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlRegistryDbContext>
{
    public PostgreSqlRegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlRegistryDbContext>().UseNpgsql("Host=design-time").Options);
}
