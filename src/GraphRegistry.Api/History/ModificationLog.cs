using GraphRegistry.Api.Data;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.History;

/// <summary>
/// Adds modification records to the context that makes the change, so a change and its history
/// are committed together or not at all. Values are encrypted before they are added.
/// </summary>
public sealed class ModificationLog(PersonalDataProtector protector, TimeProvider clock)
{
    public void Record(RegistryDbContext db, Household household, string recordId, string field, string? oldValue, string? newValue, ModificationReason reason, string changedBy) =>
        db.Add(new Modification
        {
            HouseholdId = household.Id,

            // A household registered in this same unit of work has no key yet: link it instead.
            Household = household.Id == 0 ? household : null,
            RecordId = recordId,
            Field = field,
            OldValue = protector.ProtectOptional(PersonalField.ModificationOldValue, oldValue),
            NewValue = protector.ProtectOptional(PersonalField.ModificationNewValue, newValue),
            Reason = reason,
            ChangedBy = changedBy,
            ChangedAt = clock.GetUtcNow(),
        });
}
