namespace GraphRegistry.Api.Identity;

/// <summary>The claims a registry token carries, beside the standard iss, aud, sub, exp.</summary>
public static class RegistryClaims
{
    /// <summary>AGENCY, CITIZEN, PRIVACY_OFFICER, OPERATOR or ADMIN.</summary>
    public const string Kind = "registry_kind";

    /// <summary>The agency code, for AGENCY principals.</summary>
    public const string Agency = "registry_agency";

    /// <summary>The public id of the citizen's own person record, for CITIZEN principals.</summary>
    public const string Person = "registry_person";

    public const string Subject = "sub";
}
