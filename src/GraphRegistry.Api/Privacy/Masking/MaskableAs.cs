namespace GraphRegistry.Api.Privacy.Masking;

/// <summary>The kind of personal value a field holds, which decides the masks that fit it.</summary>
public static class MaskableAs
{
    public const string Date = "date";
    public const string Name = "name";
    public const string Address = "address";
    public const string Identifier = "identifier";
    public const string Phone = "phone";
}
