using GraphQL.Types;

namespace GraphRegistry.Api.Consents;

public sealed class GrantConsentInputGraphType : InputObjectGraphType<GrantConsentInput>
{
    public GrantConsentInputGraphType()
    {
        Name = "GrantConsentInput";
        Field<NonNullGraphType<StringGraphType>>("agency").Description("The agency's code.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("purposes").Description("Purpose codes from the agency's declared purposes.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<DataCategory>>>>("dataCategories").Description("The kinds of data covered; all of them when omitted.");
        Field<NonNullGraphType<DateTimeGraphType>>("expiresAt").Description("When the consent lapses: in the future, at most five years ahead.");
    }
}
