using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Consents;

public sealed class ConsentChoiceGraphType : ObjectGraphType<ConsentChoice>
{
    public ConsentChoiceGraphType()
    {
        Name = "ConsentChoice";
        this.ForAudience(FieldAudience.Citizen);
        Description = "An agency's purpose that needs your consent: what grantConsent accepts, with the codes to send.";
        Field(c => c.AgencyCode).Description("The code grantConsent takes as 'agency'.");
        Field(c => c.AgencyName);
        Field(c => c.Purpose).Description("The code grantConsent takes in 'purposes'.");
        Field(c => c.Description).Description("The purpose in plain words, as your access log names it.");
    }
}
