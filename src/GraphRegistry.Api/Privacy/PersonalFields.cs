using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy.Masking;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Defines personal fields on graph types: nullable, marked personal, and resolved through the
/// caller's rule — decrypted in full, masked (and reported in extensions), or never decrypted.
/// </summary>
public static class PersonalFields
{
    public static FieldBuilder<TSource, object> PersonalString<TSource>(
        this ObjectGraphType<TSource> type,
        string name,
        PersonalField field,
        string? maskableAs,
        Func<TSource, Encrypted?> value,
        Func<TSource, MaskContext>? maskContext = null) =>
        type.Field<StringGraphType>(name)
            .Personal(maskableAs)
            .Resolve(context => Resolve(context, type.Name, field, value(context.Source), parse: null, maskContext));

    /// <summary>A personal value of another type (an enum, a date): shown in full, or withheld with NULL_WITH_REASON.</summary>
    public static FieldBuilder<TSource, object> PersonalValue<TSource, TGraphType>(
        this ObjectGraphType<TSource> type,
        string name,
        PersonalField field,
        Func<TSource, Encrypted?> value,
        Func<string, object> parse)
        where TGraphType : IGraphType =>
        type.Field<TGraphType>(name)
            .Personal()
            .Resolve(context => Resolve(context, type.Name, field, value(context.Source), parse, maskContext: null));

    private static object? Resolve<TSource>(
        IResolveFieldContext<TSource> context,
        string typeName,
        PersonalField field,
        Encrypted? encrypted,
        Func<string, object>? parse,
        Func<TSource, MaskContext>? maskContext)
    {
        var access = context.RequestService<RequestAccess>();
        if (!access.Guarded)
        {
            // Measurement only: the stored ciphertext stands in for the value, so the response still
            // carries a string of comparable size without decrypting; typed values cannot hold it.
            return parse is null ? encrypted?.Ciphertext : null;
        }

        // The validation rule has already refused ungranted fields; no rule here means no value, whatever happened.
        if (access.View.RuleFor(typeName, context.FieldDefinition.Name) is not { } rule || encrypted is not { } ciphertext)
        {
            return null;
        }

        var protector = context.RequestService<PersonalDataProtector>();
        if (rule is not { Access: FieldAccess.Masked, Mask: { } mask })
        {
            var plaintext = protector.Reveal(field, ciphertext);
            return parse is null ? plaintext : parse(plaintext);
        }

        access.RecordMask(context.ResponsePath, mask);
        return context.RequestService<FieldMasker>().Mask(
            mask,
            () => protector.Reveal(field, ciphertext),
            maskContext?.Invoke(context.Source) ?? new MaskContext(),
            access.View.Principal.AgencyCode ?? string.Empty,
            $"{typeName}.{context.FieldDefinition.Name}");
    }
}
