using System.Security.Claims;
using GraphQL;

namespace GraphRegistry.Api.Identity;

/// <summary>Who is asking, read from a validated token. Null-free: a token missing a required claim is no principal.</summary>
public sealed record RegistryPrincipal(PrincipalKind Kind, string Subject, string? AgencyCode, string? PersonPublicId)
{
    // The claims that decide privilege. An identity provider mapping roles to arrays would otherwise
    // let the order of values decide who the caller is: each must be absent or exactly one string.
    private static readonly string[] SecurityClaims = [RegistryClaims.Subject, RegistryClaims.Kind, RegistryClaims.Agency, RegistryClaims.Person];

    public static RegistryPrincipal? FromClaims(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true
            || HasAmbiguousSecurityClaims(user)
            || user.FindFirst(RegistryClaims.Subject)?.Value is not { Length: > 0 } subject
            || !TryParseKind(user.FindFirst(RegistryClaims.Kind)?.Value, out var kind))
        {
            return null;
        }

        var agency = user.FindFirst(RegistryClaims.Agency)?.Value;
        var person = user.FindFirst(RegistryClaims.Person)?.Value;
        return kind switch
        {
            PrincipalKind.Agency when string.IsNullOrEmpty(agency) => null,
            PrincipalKind.Citizen when string.IsNullOrEmpty(person) => null,
            PrincipalKind.Agency => new(kind, subject, agency, null),
            PrincipalKind.Citizen => new(kind, subject, null, person),
            _ => new(kind, subject, null, null),
        };
    }

    /// <summary>A security claim given more than once (a JSON array) or as anything but a string.</summary>
    public static bool HasAmbiguousSecurityClaims(ClaimsPrincipal user) =>
        SecurityClaims.Any(type => user.FindAll(type).Take(2).Count() > 1 || user.FindFirst(type) is { ValueType: not ClaimValueTypes.String });

    public static string KindClaimValue(PrincipalKind kind) => kind.ToString().ToConstantCase();

    /// <summary>How the principal is named in errors and logs: a kind and an agency code, never a person.</summary>
    public string Describe() => AgencyCode is null ? KindClaimValue(Kind) : $"agency {AgencyCode}";

    private static bool TryParseKind(string? value, out PrincipalKind kind)
    {
        foreach (var candidate in Enum.GetValues<PrincipalKind>())
        {
            if (string.Equals(KindClaimValue(candidate), value, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
