using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Privacy.Masking;

namespace GraphRegistry.Api.Agencies;

/// <summary>Checks a grant against the running schema when it is saved, so no policy names a field that does not exist.</summary>
public sealed class GrantValidator(SchemaCatalog catalog)
{
    /// <summary>Null when the grant can be saved; otherwise why not, naming no value.</summary>
    public string? Problem(string coordinate, FieldRule rule)
    {
        if (catalog.Find(coordinate) is not { } field)
        {
            return $"'{coordinate}' is not a field that needs a grant (Type.field of schema/registry.graphql).";
        }

        if (field.Audience != FieldAudience.Registry)
        {
            return $"'{coordinate}' is not available to agencies.";
        }

        return rule is { Access: FieldAccess.Masked, Mask: { } mask } && !MaskRules.Fits(mask, field)
            ? $"Mask {rule} does not fit '{coordinate}'."
            : null;
    }

    /// <summary>Parses FULL or MASKED(KIND) as written in the seed file.</summary>
    public static FieldRule? ParseRule(string text)
    {
        if (text == "FULL")
        {
            return FieldRule.Full;
        }

        if (text.StartsWith("MASKED(", StringComparison.Ordinal) && text.EndsWith(')'))
        {
            var kind = text["MASKED(".Length..^1].Replace("_", string.Empty, StringComparison.Ordinal);
            return Enum.TryParse<MaskKind>(kind, ignoreCase: true, out var mask) && Enum.IsDefined(mask) ? FieldRule.Masked(mask) : null;
        }

        return null;
    }
}
