using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GraphRegistry.Api.Data;

/// <summary>
/// An entity's table and some of its columns as the EF model maps them, and the conversion of a
/// property's value to what the column stores (a list of strings becomes JSON text on SQLite and
/// stays an array on PostgreSQL). Thread-safe: bulk writers convert on every core and leave only
/// the binding to their single writer.
/// </summary>
internal sealed class TableColumns
{
    private readonly RelationalTypeMapping[] mappings;

    /// <param name="model">The model of the context that will write the rows.</param>
    /// <param name="entity">The entity type whose table receives the rows.</param>
    /// <param name="properties">The entity's properties (or owned JSON navigations), in the order rows give their values.</param>
    public TableColumns(IModel model, Type entity, string[] properties)
    {
        EntityType = model.FindEntityType(entity) ?? throw new ArgumentException($"{entity.Name} is not in the model.", nameof(entity));
        Properties = properties;
        Table = EntityType.GetTableName()!;
        Names = [.. properties.Select(ColumnName)];
        mappings = [.. properties.Select(TypeMapping)];
    }

    public IEntityType EntityType { get; }

    public string Table { get; }

    /// <summary>The column names, in the order of <see cref="Properties"/>.</summary>
    public string[] Names { get; }

    public string[] Properties { get; }

    public int Count => Names.Length;

    public RelationalTypeMapping Mapping(int column) => mappings[column];

    /// <summary>Whether a value of the column is stored as it is given (no converter).</summary>
    public bool IsStoredAsGiven(int column) => mappings[column].Converter is null;

    /// <summary>Whether the column stores a list of strings as JSON text (SQLite; PostgreSQL keeps an array as given).</summary>
    public bool IsJsonStringList(int column) => mappings[column].Converter is CollectionToJsonStringConverter<string>;

    /// <summary>
    /// The value the column stores for <paramref name="value"/>; a value already in the provider's
    /// type (JSON text, say) is returned as it is. Lists of strings stored as JSON text are written
    /// by <see cref="JsonText.StringList"/>, the text EF's converter writes, without its per-value
    /// serialiser set-up: bulk writers convert millions of them.
    /// </summary>
    public object? ToProvider(int column, object? value) => value switch
    {
        IReadOnlyList<string> list when IsJsonStringList(column) => JsonText.StringList(list),
        not null when mappings[column].Converter is { } converter && converter.ModelClrType.IsInstanceOfType(value) => converter.ConvertToProvider(value),
        _ => value,
    };

    /// <summary>
    /// <c>INSERT INTO "table" ("a", "b") VALUES (p0, p1), (p2, p3) [RETURNING …];</c> for
    /// <paramref name="rows"/> rows, each parameter named by <paramref name="parameter"/> from its
    /// position (row × columns + column). Quoted identifiers and RETURNING run on SQLite and PostgreSQL alike.
    /// </summary>
    public string InsertSql(int rows, Func<int, string> parameter, string? returning = null)
    {
        var sql = new StringBuilder();
        sql.Append("INSERT INTO \"").Append(Table).Append("\" (\"").AppendJoin("\", \"", Names).Append("\") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < Count; column++)
            {
                sql.Append(column == 0 ? "" : ", ").Append(parameter((row * Count) + column));
            }

            sql.Append(')');
        }

        if (returning is not null)
        {
            sql.Append(" RETURNING ").Append(returning);
        }

        return sql.Append(';').ToString();
    }

    private string ColumnName(string name) =>
        EntityType.FindProperty(name)?.GetColumnName()
        ?? EntityType.FindNavigation(name)?.TargetEntityType.GetContainerColumnName()
        ?? throw new ArgumentException($"{EntityType.DisplayName()} has no column for {name}.", nameof(name));

    // An owned type stored as JSON has no property of its own: its container column has the mapping.
    private RelationalTypeMapping TypeMapping(string name) =>
        EntityType.FindProperty(name)?.GetRelationalTypeMapping()
        ?? EntityType.Model.GetRelationalModel().FindTable(Table, EntityType.GetSchema())?.FindColumn(ColumnName(name))?.StoreTypeMapping
        ?? throw new ArgumentException($"{EntityType.DisplayName()} has no column for {name}.", nameof(name));
}
