namespace GraphRegistry.Api.Declarations;

public sealed class DeclarationOptions
{
    public const string Section = "Registry:Declarations";

    /// <summary>A household whose last declaration is older than this is due for an update (listed for operators).</summary>
    public TimeSpan UpdateAfter { get; set; } = TimeSpan.FromDays(365);
}
