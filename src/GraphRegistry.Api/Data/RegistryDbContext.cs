using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.ChangeRequests;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Eligibility.Scoring;
using GraphRegistry.Api.Enrollments;
using GraphRegistry.Api.History;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Statistics;
using GraphRegistry.Api.Verification;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Data;

/// <summary>
/// The registry's model, shared by both stores. Each provider has its own subclass only so that
/// EF keeps a separate migration history per provider (their column types differ).
/// </summary>
public abstract class RegistryDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Household> Households => Set<Household>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Declaration> Declarations => Set<Declaration>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<FieldGrant> FieldGrants => Set<FieldGrant>();

    public DbSet<PolicyChange> PolicyChanges => Set<PolicyChange>();

    public DbSet<TrustedDocuments.TrustedDocument> TrustedDocuments => Set<TrustedDocuments.TrustedDocument>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    public DbSet<AccessLogMonth> AccessLogMonths => Set<AccessLogMonth>();

    public DbSet<ScoreComputation> ScoreComputations => Set<ScoreComputation>();

    public DbSet<SocialProgram> Programs => Set<SocialProgram>();

    public DbSet<ThresholdVersion> ThresholdVersions => Set<ThresholdVersion>();

    public DbSet<EligibilityDecision> EligibilityDecisions => Set<EligibilityDecision>();

    public DbSet<PublishedScoreModel> ScoreModels => Set<PublishedScoreModel>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();

    public DbSet<VerificationCheck> VerificationChecks => Set<VerificationCheck>();

    public DbSet<Modification> Modifications => Set<Modification>();

    public DbSet<AnalystQuestion> AnalystQuestions => Set<AnalystQuestion>();

    public DbSet<AnalystBudget> AnalystBudgets => Set<AnalystBudget>();

    public DbSet<KeyRotation.KeyRotationRun> KeyRotationRuns => Set<KeyRotation.KeyRotationRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Ciphertext is stored as text; enums by name so the file stays readable and reorderable.
        configurationBuilder.Properties<Encrypted>().HaveConversion<EncryptedConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
