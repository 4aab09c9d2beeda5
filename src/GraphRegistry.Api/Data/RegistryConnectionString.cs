using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Data;

/// <summary>
/// The SQLite connection string: ConnectionStrings:Registry when configured, otherwise the
/// database file inside the data directory.
/// </summary>
public sealed class RegistryConnectionString
{
    public const string Name = "Registry";

    public RegistryConnectionString(IConfiguration configuration, IOptions<RegistryDataOptions> options, RegistryDataDirectory directory)
    {
        var configured = configuration.GetConnectionString(Name);
        var builder = new SqliteConnectionStringBuilder(configured)
        {
            Pooling = true,
        };
        if (string.IsNullOrWhiteSpace(configured))
        {
            builder.DataSource = directory.Resolve(options.Value.DatabaseFile);
        }

        Value = builder.ToString();
        DatabaseFile = builder.DataSource;
    }

    public string Value { get; }

    public string DatabaseFile { get; }
}
