namespace GraphRegistry.Api.Verification;

/// <summary>The electricity distributor, in process: knows which households have a connection. Households without a contract are not checked.</summary>
public sealed class UtilitiesSource(AdministrativeRecords records, SimulatedLatency latency) : IAdministrativeSource
{
    public VerificationSource Source => VerificationSource.Utilities;

    public IReadOnlyList<string> Fields { get; } = [VerificationFields.Electricity];

    public async Task<IReadOnlyList<SourceFinding>> CheckAsync(VerificationSubject subject, CancellationToken cancellationToken)
    {
        await latency.WaitAsync(Source, cancellationToken);
        if (subject.Declaration is null || records.Find(Source, subject.HouseholdPublicId, VerificationFields.Electricity) is not { } known)
        {
            return [];
        }

        return [new SourceFinding(VerificationFields.Electricity, subject.HouseholdPublicId, known == subject.Declaration.HasElectricity.ToString() ? CheckResult.Match : CheckResult.Mismatch)];
    }
}
