namespace GraphRegistry.Api.Agencies;

/// <summary>One field an agency may read (<c>Type.field</c>), in full or masked. No grant, no field.</summary>
public sealed class FieldGrant
{
    public long Id { get; set; }

    public long AgencyId { get; set; }

    public required string Coordinate { get; set; }

    public FieldAccess Access { get; set; }

    public MaskKind? Mask { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public required string GrantedBy { get; set; }
}
