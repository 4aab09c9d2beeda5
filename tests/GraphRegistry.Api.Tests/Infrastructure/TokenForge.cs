using System.Security.Cryptography;
using GraphRegistry.Api.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>Hand-made tokens for the attack tests: wrong key, wrong audience, missing claims, past expiry.</summary>
public static class TokenForge
{
    public static string Make(
        RegistryApplication registry,
        IDictionary<string, object> claims,
        SecurityKey? key = null,
        string? issuer = null,
        string audience = "graphregistry",
        DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? JwtOptions.DevelopmentIssuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expiry.AddHours(-2),
            NotBefore = expiry.AddHours(-2),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(key ?? registry.Service<SigningKeyProvider>().Key!, SecurityAlgorithms.HmacSha256),
        });
    }

    public static SecurityKey ForeignKey() => new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));

    public static Dictionary<string, object> Claims(string kind, string? agency = null, string? person = null)
    {
        var claims = new Dictionary<string, object> { [RegistryClaims.Subject] = "attacker", [RegistryClaims.Kind] = kind };
        if (agency is not null)
        {
            claims[RegistryClaims.Agency] = agency;
        }

        if (person is not null)
        {
            claims[RegistryClaims.Person] = person;
        }

        return claims;
    }
}
