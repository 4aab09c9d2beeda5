using GraphRegistry.Api.Agencies;

namespace GraphRegistry.Api.Privacy.Masking;

/// <summary>Which masks make sense where: checked when a grant is saved, never discovered at query time.</summary>
public static class MaskRules
{
    public static bool Fits(MaskKind mask, FieldDescriptor field) => mask switch
    {
        MaskKind.NullWithReason => true,
        _ when !field.IsPersonal || !field.IsString => false,
        MaskKind.YearOnly or MaskKind.AgeBand => field.MaskableAs == MaskableAs.Date,
        MaskKind.Initials => field.MaskableAs == MaskableAs.Name,
        MaskKind.RegionOnly => field.MaskableAs == MaskableAs.Address,
        MaskKind.Pseudonym => field.MaskableAs == MaskableAs.Identifier,
        MaskKind.Last4 => field.MaskableAs is MaskableAs.Identifier or MaskableAs.Phone,
        _ => false,
    };
}
