using System.Xml.Linq;
using GraphRegistry.Api.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// The Data Protection key ring as rows of the KeyMaterial table, so every node encrypts and
/// decrypts with the same keys. Nodes reload the ring periodically (Data Protection: about daily,
/// and on an unknown key id during its first minutes); a rotated key is made two days before it is
/// used, so every node has it by then. The first key is made under the start-up lock.
/// </summary>
public sealed class DatabaseKeyRing(RegistryDatabase database) : IXmlRepository
{
    /// <summary>Every element of the ring is stored under this prefix; the blind-index key is not.</summary>
    private const string RingPrefix = "dp:";

    /// <summary>Keys proper ("key-{id}" in Data Protection's naming), as opposed to revocations.</summary>
    public const string KeyNamePrefix = RingPrefix + "key-";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"""SELECT "Value" FROM "KeyMaterial" WHERE "Name" LIKE '{RingPrefix}%' ORDER BY "CreatedAt", "Name" """, connection);
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("""INSERT INTO "KeyMaterial" ("Name", "Value", "CreatedAt") VALUES (@name, @value, @at)""", connection);
        command.Parameters.AddWithValue("name", RingPrefix + friendlyName);
        command.Parameters.AddWithValue("value", element.ToString(SaveOptions.DisableFormatting));
        command.Parameters.AddWithValue("at", DateTimeOffset.UtcNow);
        command.ExecuteNonQuery();
    }
}
