using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Lets `dotnet ef migrations add X --context SqliteRegistryDbContext --output-dir Data/Migrations/Sqlite`
/// build the model without starting the registry.
/// </summary>
internal sealed class DesignTimeSqliteRegistryDbContextFactory : IDesignTimeDbContextFactory<SqliteRegistryDbContext>
{
    public SqliteRegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRegistryDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
