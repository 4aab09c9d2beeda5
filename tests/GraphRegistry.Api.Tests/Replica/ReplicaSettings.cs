using System.Globalization;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Replica;

/// <summary>A registry on the test server's primary with its standby as read replica, checked every 200 ms.</summary>
public static class ReplicaSettings
{
    public static Dictionary<string, string> For(string dataDirectory, StreamingStandby standby, TimeSpan maxLag) => new()
    {
        [RegistryDatabase.ProviderSetting] = "PostgreSQL",
        [RegistryDatabase.ConnectionStringSetting] = TestDatabase.ConnectionStringFor(dataDirectory),
        ["ConnectionStrings:RegistryReplica"] = standby.ConnectionStringFor(dataDirectory),
        ["Registry:Replica:MaxLag"] = maxLag.ToString("c", CultureInfo.InvariantCulture),
        ["Registry:Replica:CheckInterval"] = "00:00:00.200",
    };
}
