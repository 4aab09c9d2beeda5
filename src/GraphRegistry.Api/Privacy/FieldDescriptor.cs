namespace GraphRegistry.Api.Privacy;

/// <summary>One governed field of the schema, as the policy sees it.</summary>
public sealed record FieldDescriptor(string TypeName, string FieldName, bool IsPersonal, string? MaskableAs, bool IsString, bool IsRoot, FieldAudience Audience)
{
    public string Coordinate => $"{TypeName}.{FieldName}";
}
