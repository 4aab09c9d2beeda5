using GraphRegistry.Api.Data;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Replica;

/// <summary>
/// Where a request reads households and persons: an agency's query on the read replica while it
/// serves, everything else (citizens, staff, every mutation) on the primary, so whoever writes
/// reads their own writes. Decided at the request's first read and kept, so one answer comes from
/// one server, unless a read fails on the replica: it is read again on the primary, and so is the
/// rest of the request. Consent is never read here: <see cref="Consents.ConsentGuard"/> reads the
/// primary, so a withdrawal counts from the very next request whatever the replica's lag.
/// </summary>
public sealed class RegistryReads(IDbContextFactory<RegistryDbContext> primary, ReadReplica replica, RequestAccess access)
{
    private const int Undecided = 0, OnReplicaRoute = 1, OnPrimaryRoute = 2;

    private int route;

    /// <summary>Called before a mutation executes: its reads and the answer it returns see its own writes.</summary>
    public void UsePrimary() => Volatile.Write(ref route, OnPrimaryRoute);

    /// <summary>Runs <paramref name="read"/> on a context of the server this request reads, disposed afterwards.</summary>
    public async Task<T> ReadAsync<T>(Func<RegistryDbContext, Task<T>> read, CancellationToken cancellationToken)
    {
        if (Decide() == OnReplicaRoute)
        {
            try
            {
                await using var onReplica = replica.CreateDbContext();
                return await read(onReplica);
            }
            catch (Exception failure) when (ReadReplica.IsReplicaFailure(failure) && !cancellationToken.IsCancellationRequested)
            {
                replica.ReportFailure(failure);
                Volatile.Write(ref route, OnPrimaryRoute);
            }
        }

        await using var onPrimary = await primary.CreateDbContextAsync(cancellationToken);
        return await read(onPrimary);
    }

    private int Decide()
    {
        var decided = Volatile.Read(ref route);
        if (decided != Undecided)
        {
            return decided;
        }

        var wanted = replica.Status.ServesReads && access.View.Principal.Kind == PrincipalKind.Agency ? OnReplicaRoute : OnPrimaryRoute;
        var previous = Interlocked.CompareExchange(ref route, wanted, Undecided);
        return previous == Undecided ? wanted : previous;
    }
}
