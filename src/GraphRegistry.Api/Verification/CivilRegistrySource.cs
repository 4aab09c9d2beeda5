namespace GraphRegistry.Api.Verification;

/// <summary>The civil registry, in process: knows each person's birth date by identifier. A person it does not know is a mismatch.</summary>
public sealed class CivilRegistrySource(AdministrativeRecords records, SimulatedLatency latency) : IAdministrativeSource
{
    public VerificationSource Source => VerificationSource.CivilRegistry;

    public IReadOnlyList<string> Fields { get; } = [VerificationFields.BirthDate];

    public async Task<IReadOnlyList<SourceFinding>> CheckAsync(VerificationSubject subject, CancellationToken cancellationToken)
    {
        await latency.WaitAsync(Source, cancellationToken);
        return [.. subject.Members.Where(m => m.IdentityKey is not null).Select(member =>
            records.Find(Source, member.IdentityKey!, VerificationFields.BirthDate) switch
            {
                null => new SourceFinding(VerificationFields.Idcs, member.PublicId, CheckResult.Mismatch),
                var known => new SourceFinding(VerificationFields.BirthDate, member.PublicId, known == member.BirthDate ? CheckResult.Match : CheckResult.Mismatch),
            })];
    }
}
