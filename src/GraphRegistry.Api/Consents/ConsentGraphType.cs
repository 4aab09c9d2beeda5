using GraphQL.Types;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Consents;

public sealed class ConsentGraphType : ObjectGraphType<Consent>
{
    public ConsentGraphType()
    {
        Name = "Consent";
        Description = "A household's consent that one agency reads its data for some purposes until a date. Immutable once given; a change is a new consent.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.PublicId);
        Field(c => c.AgencyCode).Description("The agency the consent is given to.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("purposes").Resolve(ctx => ctx.Source.Purposes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<DataCategory>>>>>("dataCategories").Resolve(ctx => ctx.Source.DataCategories);
        Field<NonNullGraphType<EnumerationGraphType<LegalBasisKind>>>("legalBasis").Resolve(ctx => ctx.Source.LegalBasis);
        Field<NonNullGraphType<EnumerationGraphType<CollectionMethod>>>("collectionMethod").Resolve(ctx => ctx.Source.CollectionMethod);
        Field<NonNullGraphType<DateTimeGraphType>>("givenAt").Resolve(ctx => ctx.Source.GivenAt);
        Field<NonNullGraphType<DateTimeGraphType>>("expiresAt").Resolve(ctx => ctx.Source.ExpiresAt);
        Field<DateTimeGraphType>("withdrawnAt").Resolve(ctx => ctx.Source.WithdrawnAt);
        Field<NonNullGraphType<EnumerationGraphType<ConsentStatus>>>("status")
            .Description("GIVEN, WITHDRAWN or EXPIRED, as of now.")
            .Resolve(ctx => ctx.Source.StatusAt(ctx.RequestService<TimeProvider>().GetUtcNow().UtcDateTime));
    }
}
