using GraphRegistry.Api.Data;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Commands;

/// <summary>
/// <c>token --agency CNSS | --citizen NATIONAL_ID | --officer | --operator | --admin | --analyst [--hours H]</c>:
/// prints a signed development token for a seeded principal. Development only.
/// </summary>
internal static class TokenCommand
{
    public const string Name = "token";
    private const string Usage = "usage: token (--agency CODE | --citizen NATIONAL_ID | --officer | --operator | --admin | --analyst) [--hours H]";

    public static async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryDatabaseInitializer>().InitializeAsync(cancellationToken);
        var principal = await ResolveAsync(scope.ServiceProvider, arguments, cancellationToken);
        if (principal is null)
        {
            return 2;
        }

        var hours = arguments.TryGetPositiveInt("--hours", out var h) ? h : 8;
        var token = scope.ServiceProvider.GetRequiredService<DevelopmentTokenIssuer>().Mint(principal, TimeSpan.FromHours(hours));
        Console.WriteLine(token);
        await Console.Error.WriteLineAsync($"{principal.Describe()} token, valid {hours} h. In GraphiQL, open Headers and paste: {{\"Authorization\": \"Bearer <token>\"}}");
        return 0;
    }

    private static async Task<RegistryPrincipal?> ResolveAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Get("--agency") is { } agency)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(cancellationToken);
            if (!await db.Agencies.AnyAsync(a => a.Code == agency, cancellationToken))
            {
                await Console.Error.WriteLineAsync($"No agency has code '{agency}'. Seeded: {string.Join(", ", await db.Agencies.Select(a => a.Code).ToListAsync(cancellationToken))}.");
                return null;
            }

            return new RegistryPrincipal(PrincipalKind.Agency, $"agency:{agency}", agency, null);
        }

        if (arguments.Get("--citizen") is { } nationalId)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(cancellationToken);
            string? personId = null;
            foreach (var index in services.GetRequiredService<BlindIndex>().Candidates(BlindIndexedField.NationalId, nationalId))
            {
                personId ??= await db.Persons.Where(p => p.NationalIdIndex == index).Select(p => p.PublicId).SingleOrDefaultAsync(cancellationToken);
            }

            if (personId is null)
            {
                await Console.Error.WriteLineAsync("No person has this national ID.");
                return null;
            }

            return new RegistryPrincipal(PrincipalKind.Citizen, $"citizen:{personId}", null, personId);
        }

        PrincipalKind? kind = arguments.Has("--officer") ? PrincipalKind.PrivacyOfficer
            : arguments.Has("--operator") ? PrincipalKind.Operator
            : arguments.Has("--admin") ? PrincipalKind.Admin
            : arguments.Has("--analyst") ? PrincipalKind.Analyst
            : null;
        if (kind is { } staff)
        {
            return new RegistryPrincipal(staff, $"{RegistryPrincipal.KindClaimValue(staff).ToLowerInvariant()}:dev", null, null);
        }

        await Console.Error.WriteLineAsync(Usage);
        return null;
    }
}
