using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Privacy traits carried by field definitions as metadata, so the policy, the validation rule,
/// introspection and the per-agency SDL all read the same facts from the schema itself.
/// </summary>
public static class FieldTraits
{
    private const string PersonalKey = "registry.personal";
    private const string AudienceKey = "registry.audience";
    private const string ReadsKey = "registry.reads";
    private const string MaskableKey = "registry.maskable";

    /// <summary>
    /// Marks a field as personal data: never shown to privacy officers or administrators, and
    /// maskable for agencies in the ways that fit <paramref name="maskableAs"/> (see <see cref="Masking.MaskableAs"/>).
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Personal<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string? maskableAs = null) =>
        field.WithMetadata(PersonalKey, true).WithMetadata(MaskableKey, maskableAs);

    public static FieldBuilder<TSource, TReturn> For<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, FieldAudience audience) =>
        field.WithMetadata(AudienceKey, audience);

    public static ConnectionBuilder<TSource> For<TSource>(this ConnectionBuilder<TSource> connection, FieldAudience audience)
    {
        connection.FieldType.WithMetadata(AudienceKey, audience);
        return connection;
    }

    /// <summary>Marks an input field as reading <paramref name="coordinate"/>: filtering or sorting by a field reads it.</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string coordinate) =>
        field.WithMetadata(ReadsKey, coordinate);

    public static bool IsPersonal(this IFieldType field) => field.GetMetadata(PersonalKey, false);

    public static string? MaskableAs(this IFieldType field) => field.GetMetadata<string?>(MaskableKey);

    /// <summary>Makes every field of a type exist for one audience only, unless a field says otherwise.</summary>
    public static void ForAudience(this IGraphType type, FieldAudience audience) => type.WithMetadata(AudienceKey, audience);

    /// <summary>The field's own audience, else its type's, else the registry's.</summary>
    public static FieldAudience Audience(this IFieldType field, IGraphType? owner = null) =>
        field.GetMetadata<FieldAudience?>(AudienceKey) ?? owner?.GetMetadata<FieldAudience?>(AudienceKey) ?? FieldAudience.Registry;

    public static string? ReadCoordinate(this IFieldType field) => field.GetMetadata<string?>(ReadsKey);
}
