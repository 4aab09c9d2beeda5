using System.Buffers.Text;
using System.Text;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Households;

/// <summary>Opaque connection cursors: the position's public id, base64url-encoded.</summary>
public static class HouseholdCursor
{
    public static string Encode(Household household) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(household.PublicId));

    public static string Decode(string cursor)
    {
        var publicId = Base64Url.IsValid(cursor) ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)) : string.Empty;
        return publicId.StartsWith(PublicId.HouseholdPrefix, StringComparison.Ordinal) && publicId.Length <= 32 && publicId.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? publicId
            : throw new RegistryError(ErrorCodes.InvalidArgument, "The 'after' cursor is not one this connection issued.");
    }
}
