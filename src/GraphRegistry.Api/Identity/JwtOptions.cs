namespace GraphRegistry.Api.Identity;

/// <summary>
/// Standard bearer-token settings, so any OpenID Connect provider can issue registry tokens:
/// either an Authority (its metadata supplies the signing keys) or a symmetric SigningKey.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Authentication:Jwt";

    /// <summary>The issuer of development tokens; refused outside Development.</summary>
    public const string DevelopmentIssuer = "https://graphregistry.invalid/development";

    public string? Authority { get; set; }

    public string Issuer { get; set; } = DevelopmentIssuer;

    public string Audience { get; set; } = "graphregistry";

    /// <summary>Base64 HMAC-SHA256 key of at least 32 bytes; in Development a key is generated under data/ when absent.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Lifetime of tokens minted by the development token command.</summary>
    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
