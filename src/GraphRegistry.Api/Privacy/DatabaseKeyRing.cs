using System.Xml.Linq;
using GraphRegistry.Api.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// The Data Protection key ring as rows of the KeyMaterial table, so every node encrypts and
/// decrypts with the same keys. A node meeting ciphertext under a key it has not seen yet reloads
/// the ring (Data Protection does this on an unknown key id), so a key made by another node is found.
/// </summary>
public sealed class DatabaseKeyRing(RegistryDatabase database) : IXmlRepository
{
    public const string NamePrefix = "key-";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("""SELECT "Value" FROM "KeyMaterial" WHERE "Name" LIKE 'key-%' ORDER BY "CreatedAt", "Name" """, connection);
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
        command.Parameters.AddWithValue("name", friendlyName.StartsWith(NamePrefix, StringComparison.Ordinal) ? friendlyName : NamePrefix + friendlyName);
        command.Parameters.AddWithValue("value", element.ToString(SaveOptions.DisableFormatting));
        command.Parameters.AddWithValue("at", DateTimeOffset.UtcNow);
        command.ExecuteNonQuery();
    }
}
