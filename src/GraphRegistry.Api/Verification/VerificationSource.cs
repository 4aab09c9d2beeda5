namespace GraphRegistry.Api.Verification;

/// <summary>The administrations whose records a declaration is checked against.</summary>
public enum VerificationSource
{
    CivilRegistry,
    SocialSecurity,
    Utilities,
}
