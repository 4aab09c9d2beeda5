using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GraphRegistry.Api.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>JWT bearer authentication with standard issuer, audience and signing-key validation.</summary>
    public static IServiceCollection AddRegistryIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.Section));
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<DevelopmentTokenIssuer>();
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<IdentityStartupCheck>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, SigningKeyProvider>((bearer, jwt, keys) =>
            {
                var settings = jwt.Value;
                bearer.MapInboundClaims = false;
                bearer.Authority = string.IsNullOrWhiteSpace(settings.Authority) ? null : settings.Authority;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    IssuerSigningKey = keys.Key,
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ValidateIssuerSigningKey = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = RegistryClaims.Subject,
                };
            });
        return services;
    }
}
