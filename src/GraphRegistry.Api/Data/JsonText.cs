using System.Buffers;
using System.Text;
using System.Text.Json;

namespace GraphRegistry.Api.Data;

/// <summary>
/// JSON text written through one reused buffer per thread: bulk writers convert millions of
/// values, and a buffer, a writer's pooled state and a serialiser's metadata per value were a
/// measurable share of rescoring. Default writer options, so the text is what EF's own JSON
/// conversions write (the same escaping).
/// </summary>
internal static class JsonText
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? Buffer;

    public static string Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        // Taken while in use, so a nested call (a cache filled mid-write) gets a buffer of its own.
        var output = Buffer ?? new ArrayBufferWriter<byte>(2048);
        Buffer = null;
        try
        {
            output.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(output))
            {
                write(json, state);
            }

            return Encoding.UTF8.GetString(output.WrittenSpan);
        }
        finally
        {
            Buffer = output;
        }
    }

    /// <summary>A list of strings as EF stores a primitive collection: <c>["a","b"]</c>.</summary>
    public static string StringList(IReadOnlyList<string> values) => Write(values, static (json, list) =>
    {
        json.WriteStartArray();
        foreach (var value in list)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    });
}
