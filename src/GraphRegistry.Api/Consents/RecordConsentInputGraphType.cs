using GraphQL.Types;

namespace GraphRegistry.Api.Consents;

public sealed class RecordConsentInputGraphType : InputObjectGraphType<RecordConsentInput>
{
    public RecordConsentInputGraphType()
    {
        Name = "RecordConsentInput";
        Field<NonNullGraphType<IdGraphType>>("household").Description("The household's public id.");
        Field<NonNullGraphType<IdGraphType>>("subject").Description("The public id of the member who signed, a current member of the household.");
        Field<NonNullGraphType<StringGraphType>>("agency");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("purposes");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<DataCategory>>>>("dataCategories").Description("The kinds of data covered; all of them when omitted.");
        Field<NonNullGraphType<DateTimeGraphType>>("expiresAt");
    }
}
