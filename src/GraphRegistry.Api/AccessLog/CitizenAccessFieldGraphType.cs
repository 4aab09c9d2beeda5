using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.AccessLog;

public sealed class CitizenAccessFieldGraphType : ObjectGraphType<CitizenAccessField>
{
    public CitizenAccessFieldGraphType()
    {
        Name = "CitizenAccessField";
        this.ForAudience(FieldAudience.Citizen);
        Description = "One thing someone read about you, as a field coordinate a page can put in words.";
        Field(f => f.Field).Description("Type.field, for example Household.address. Only fields that have plain words are listed.");
        Field(f => f.PartlyHidden).Description("True when the reader saw a masked form of it.");
    }
}
