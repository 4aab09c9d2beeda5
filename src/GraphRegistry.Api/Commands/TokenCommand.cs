using GraphRegistry.Api.Data;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Commands;

/// <summary>
/// <c>token --agency CNSS | --citizen NATIONAL_ID | --officer | --operator | --admin | --analyst [--hours H]</c>:
/// prints a signed development token for a seeded principal. Development only. It reads the
/// signing key, and for an agency or a citizen looks it up read-only; it never migrates or seeds
/// (a token asked for while a registry is being created waits for it, see <see cref="PreparedRegistry"/>).
/// </summary>
internal static class TokenCommand
{
    public const string Name = "token";
    private const string Usage = "usage: token (--agency CODE | --citizen NATIONAL_ID | --officer | --operator | --admin | --analyst) [--hours H]";

    public static async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        RegistryPrincipal? principal;
        try
        {
            principal = await ResolveAsync(services, arguments, cancellationToken);
        }
        catch (RegistryNotReadyException notReady)
        {
            await Console.Error.WriteLineAsync(notReady.Message);
            return 1;
        }

        if (principal is null)
        {
            return 2;
        }

        var hours = arguments.TryGetPositiveInt("--hours", out var h) ? h : 8;
        var token = services.GetRequiredService<DevelopmentTokenIssuer>().Mint(principal, TimeSpan.FromHours(hours));
        Console.WriteLine(token);
        await Console.Error.WriteLineAsync($"{principal.Describe()} token, valid {hours} h. In GraphiQL, open Headers and paste: {{\"Authorization\": \"Bearer <token>\"}}");
        return 0;
    }

    private static async Task<RegistryPrincipal?> ResolveAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Get("--agency") is { } agency)
        {
            var codes = await PreparedRegistry.ReadAsync(services, async () =>
            {
                await using var db = await ReadOnlyConnection.OpenAsync(services.GetRequiredService<RegistryDatabase>(), cancellationToken);
                return await db.ListAsync<string>("""SELECT "Code" FROM "Agencies" ORDER BY "Code" """, cancellationToken);
            }, cancellationToken);
            if (!codes.Contains(agency, StringComparer.Ordinal))
            {
                await Console.Error.WriteLineAsync($"No agency has code '{agency}'. Seeded: {string.Join(", ", codes)}.");
                return null;
            }

            return new RegistryPrincipal(PrincipalKind.Agency, $"agency:{agency}", agency, null);
        }

        if (arguments.Get("--citizen") is { } nationalId)
        {
            var personId = await PreparedRegistry.ReadAsync(services, async () =>
            {
                await using var db = await ReadOnlyConnection.OpenAsync(services.GetRequiredService<RegistryDatabase>(), cancellationToken);
                foreach (var index in BlindIndexCandidates(services, nationalId))
                {
                    if ((await db.ListAsync<string>("""SELECT "PublicId" FROM "Persons" WHERE "NationalIdIndex" = @index""", cancellationToken, ("index", index))).SingleOrDefault() is { } found)
                    {
                        return found;
                    }
                }

                return null;
            }, cancellationToken);

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

    // Read under the start-up lock, after the registry was made: a missing key then is a lost key.
    private static IReadOnlyList<byte[]> BlindIndexCandidates(IServiceProvider services, string nationalId)
    {
        try
        {
            return services.GetRequiredService<BlindIndex>().Candidates(BlindIndexedField.NationalId, nationalId);
        }
        catch (MissingKeyMaterialException missing)
        {
            throw new RegistryNotReadyException($"{missing.Message} The registry cannot look national IDs up without it: restore it from backup.");
        }
    }
}
