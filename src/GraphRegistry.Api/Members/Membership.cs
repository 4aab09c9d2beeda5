using GraphRegistry.Api.Households;

namespace GraphRegistry.Api.Members;

/// <summary>A person's time in a household. Never deleted: leaving sets <see cref="EndDate"/>.</summary>
public sealed class Membership
{
    public long Id { get; set; }

    public long HouseholdId { get; set; }

    public Household? Household { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }

    public Relationship Relationship { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }
}
