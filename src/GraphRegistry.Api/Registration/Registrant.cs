using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Households;

namespace GraphRegistry.Api.Registration;

/// <summary>
/// Who registers and how: an operator at a desk (household ACTIVE at once), or a citizen online,
/// who becomes the head under their own person id (household PENDING_VERIFICATION until checked).
/// </summary>
public sealed record Registrant(string Subject, DeclarationSource Source, HouseholdStatus Status, string? HeadPublicId)
{
    public static Registrant Operator(string subject) => new(subject, DeclarationSource.Operator, HouseholdStatus.Active, null);

    public static Registrant Citizen(string subject, string personPublicId) => new(subject, DeclarationSource.Self, HouseholdStatus.PendingVerification, personPublicId);
}
