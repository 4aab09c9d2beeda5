using GraphQL.Types;

namespace GraphRegistry.Api.AccessLog;

public sealed class AccessLogFilterInputGraphType : InputObjectGraphType<AccessLogFilter>
{
    public AccessLogFilterInputGraphType()
    {
        Name = "AccessLogFilterInput";
        Field<StringGraphType>("agency").Description("Agency code.");
        Field<StringGraphType>("purpose");
        Field<IdGraphType>("subject").Description("A household or person public id.");
        Field<EnumerationGraphType<AccessOutcome>>("outcome").Description("DENIED lists the refused attempts.");
        Field<DateTimeGraphType>("from").Description("Inclusive.");
        Field<DateTimeGraphType>("to").Description("Exclusive; after 'from'.");
    }
}
