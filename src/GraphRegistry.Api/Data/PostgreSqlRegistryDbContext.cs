using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Data;

/// <summary>The registry on PostgreSQL: several nodes, one database; migrations under Data/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlRegistryDbContext(DbContextOptions<PostgreSqlRegistryDbContext> options) : RegistryDbContext(options);
