namespace GraphRegistry.Api.Declarations;

/// <summary>What a declaration must look like to be scored (and, with registration, to be accepted at all).</summary>
public static class DeclarationRules
{
    public const int MaxRooms = 30;
    public const int MaxMembers = 40;
    public const decimal MaxAnnualSpending = 1_000_000m;

    /// <summary>The problems of a declaration, in words that name fields, never their values; empty when sound.</summary>
    public static IReadOnlyList<string> Problems(Declaration declaration)
    {
        var problems = new List<string>();
        if (declaration.Rooms is < 1 or > MaxRooms)
        {
            problems.Add($"rooms must be between 1 and {MaxRooms}");
        }

        if (declaration.MemberSituations.Count is 0 or > MaxMembers)
        {
            problems.Add($"a declaration covers between 1 and {MaxMembers} members");
        }

        foreach (var (name, amount) in new[]
        {
            ("annualWaterElectricitySpending", declaration.AnnualWaterElectricitySpending),
            ("annualButaneSpending", declaration.AnnualButaneSpending),
            ("annualPhoneSpending", declaration.AnnualPhoneSpending),
        })
        {
            if (amount is < 0 or > MaxAnnualSpending)
            {
                problems.Add($"{name} must be between 0 and {MaxAnnualSpending:N0} dirhams a year");
            }
        }

        return problems;
    }
}
