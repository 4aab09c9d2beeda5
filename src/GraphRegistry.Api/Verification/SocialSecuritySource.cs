namespace GraphRegistry.Api.Verification;

/// <summary>Social security, in process: knows who is covered by health insurance. People it has no file on are not checked.</summary>
public sealed class SocialSecuritySource(AdministrativeRecords records, SimulatedLatency latency) : IAdministrativeSource
{
    public VerificationSource Source => VerificationSource.SocialSecurity;

    public IReadOnlyList<string> Fields { get; } = [VerificationFields.HealthCoverage];

    public async Task<IReadOnlyList<SourceFinding>> CheckAsync(VerificationSubject subject, CancellationToken cancellationToken)
    {
        await latency.WaitAsync(Source, cancellationToken);
        return [.. subject.Members
            .Where(m => m.IdentityKey is not null && m.Situation is not null)
            .Select(m => (Member: m, Known: records.Find(Source, m.IdentityKey!, VerificationFields.HealthCoverage)))
            .Where(x => x.Known is not null)
            .Select(x => new SourceFinding(VerificationFields.HealthCoverage, x.Member.PublicId, x.Known == x.Member.Situation!.HasHealthCoverage.ToString() ? CheckResult.Match : CheckResult.Mismatch))];
    }
}
