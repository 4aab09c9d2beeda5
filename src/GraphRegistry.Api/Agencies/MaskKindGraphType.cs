using GraphQL;
using GraphQL.Types;

namespace GraphRegistry.Api.Agencies;

/// <summary>Mask kinds as the policy documents name them (LAST4, not LAST_4).</summary>
public sealed class MaskKindGraphType : EnumerationGraphType<MaskKind>
{
    public MaskKindGraphType()
    {
        Name = "MaskKind";
    }

    /// <summary>The wire name of a mask kind, used in grants, policy changes and response extensions.</summary>
    public static string WireName(MaskKind kind) => kind.ToString().ToConstantCase().Replace("_4", "4", StringComparison.Ordinal);

    protected override string ChangeEnumCase(string val) => base.ChangeEnumCase(val).Replace("_4", "4", StringComparison.Ordinal);
}
