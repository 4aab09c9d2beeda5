using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.AccessLog;

/// <summary>Opaque cursors over the log, newest first: the position's sequence number.</summary>
public static class LogCursor
{
    private const string Prefix = "log:";

    public static string Encode(long sequence) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    public static long? Decode(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        var text = Base64Url.IsValid(cursor) ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)) : string.Empty;
        return text.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : throw new RegistryError(ErrorCodes.InvalidArgument, "The 'after' cursor is not one this log issued.");
    }
}
