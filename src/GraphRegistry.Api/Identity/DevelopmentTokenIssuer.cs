using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphRegistry.Api.Identity;

/// <summary>Mints signed tokens for seeded principals, in Development only (the token command, the tests).</summary>
public sealed class DevelopmentTokenIssuer(SigningKeyProvider keys, IOptions<JwtOptions> options, TimeProvider clock)
{
    public string Mint(RegistryPrincipal principal, TimeSpan? lifetime = null)
    {
        if (!keys.IsDevelopment || keys.Key is not { } key)
        {
            throw new InvalidOperationException("Development tokens can only be minted in Development with a symmetric signing key.");
        }

        var claims = new Dictionary<string, object>
        {
            [RegistryClaims.Subject] = principal.Subject,
            [RegistryClaims.Kind] = RegistryPrincipal.KindClaimValue(principal.Kind),
        };
        if (principal.AgencyCode is { } agency)
        {
            claims[RegistryClaims.Agency] = agency;
        }

        if (principal.PersonPublicId is { } person)
        {
            claims[RegistryClaims.Person] = person;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? options.Value.DevelopmentTokenLifetime),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
