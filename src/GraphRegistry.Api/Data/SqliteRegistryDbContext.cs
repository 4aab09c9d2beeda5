using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Data;

/// <summary>The registry on a SQLite file: one machine; migrations under Data/Migrations/Sqlite.</summary>
public sealed class SqliteRegistryDbContext(DbContextOptions<SqliteRegistryDbContext> options) : RegistryDbContext(options);
