namespace GraphRegistry.Api.Consents;

/// <summary>Grounds for processing, after law 09-08 and the GDPR's article 6.</summary>
public enum LegalBasisKind
{
    Consent,
    LegalObligation,
    PublicTask,
}
