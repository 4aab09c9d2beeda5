using GraphQL;
using GraphQL.Types;

namespace GraphRegistry.Api.Declarations;

/// <summary>The durable goods as single values: the flag combination is exposed as a list.</summary>
public sealed class DurableGoodGraphType : EnumerationGraphType
{
    public DurableGoodGraphType()
    {
        Name = "DurableGood";
        foreach (var good in Enum.GetValues<DurableGoods>().Where(g => g != DurableGoods.None))
        {
            Add(good.ToString().ToConstantCase(), good);
        }
    }
}
