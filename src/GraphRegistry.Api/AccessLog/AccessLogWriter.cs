using System.Diagnostics;
using System.Threading.Channels;
using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// Appends entries with group commit: requests queue their drafts, one writer drains the queue
/// and commits everything waiting in a single transaction (synchronous=FULL), then releases each
/// request. A request gets no response until its own entry is durable; if the commit fails, every
/// request in the batch fails. The head is read from the database inside each commit, so on
/// PostgreSQL several nodes extend one chain.
/// </summary>
public sealed class AccessLogWriter : IAsyncDisposable
{
    // Any constant every node agrees on ("GRLOG"): the lock that orders appends across nodes.
    private const long ChainLockId = 0x47_52_4C_4F_47;

    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(10_000) { SingleReader = true });
    private readonly IDbContextFactory<RegistryDbContext> contexts;
    private readonly TimeProvider clock;
    private readonly ILogger<AccessLogWriter> logger;
    private readonly AccessLogOptions options;
    private readonly AccessLogChain chain;
    private readonly AccessLogHead anchor;
    private readonly Task loop;
    private RegistryDbContext? writerContext;
    private long lastCommitStarted;
    private LogMonth committingMonth;
    private volatile bool failing;

    public AccessLogWriter(IDbContextFactory<RegistryDbContext> contexts, TimeProvider clock, IOptions<AccessLogOptions> options, AccessLogChain chain, AccessLogHead anchor, ILogger<AccessLogWriter> logger)
    {
        this.chain = chain;
        this.anchor = anchor;
        this.contexts = contexts;
        this.clock = clock;
        this.logger = logger;
        this.options = options.Value;
        loop = StartWriterThread();
    }

    public bool Enabled => options.Enabled;

    /// <summary>The writer is running and its last commit succeeded: what readiness reports.</summary>
    public bool Healthy => !loop.IsCompleted && !failing;

    /// <summary>False when the entry cannot be committed: the caller answers AUDIT_UNAVAILABLE and nothing else (fail closed).</summary>
    public async Task<bool> TryAppendAsync(AccessLogDraft draft, CancellationToken cancellationToken)
    {
        try
        {
            await AppendAsync(draft, cancellationToken);
            return true;
        }
        catch (AuditUnavailableException)
        {
            return false;
        }
    }

    /// <summary>Returns once the entry is committed; throws <see cref="AuditUnavailableException"/> if it cannot be.</summary>
    public async Task<long> AppendAsync(AccessLogDraft draft, CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return 0;
        }

        var pending = new Pending(draft);
        try
        {
            await queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch (ChannelClosedException closed)
        {
            throw new AuditUnavailableException(closed);
        }

        // Not cancelled with the request: once queued, the entry is written whether or not the caller waits.
        return await pending.Committed.Task;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
        await CloseConnectionAsync();
        anchor.Flush();
    }

    // The writer has a thread of its own. On the thread pool its every step queued behind the
    // requests' work, so commits stretched and every request waiting for one waited longer. It
    // blocks while the queue is empty; on SQLite every "async" database call completes
    // synchronously, so a commit runs start to end on this thread.
    private Task StartWriterThread()
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                WriteLoop();
                stopped.SetResult();
            }
            catch (Exception exception)
            {
                stopped.SetException(exception);
            }
        })
        {
            IsBackground = true,
            Name = "Access log writer",
        };
        thread.Start();
        return stopped.Task;
    }

    private void WriteLoop()
    {
        var batch = new List<Pending>(options.MaxBatch);
        while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            WaitForCommitSlot();
            while (batch.Count < options.MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                var started = clock.GetTimestamp();
                var sequences = CommitCreatingMissingPartitionAsync(batch).GetAwaiter().GetResult();
                Operations.RegistryTelemetry.RecordLogCommit(clock.GetElapsedTime(started), batch.Count);
                failing = false;
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Committed.TrySetResult(sequences[i]);
                }
            }
            catch (Exception exception)
            {
                failing = true;
                CloseConnectionAsync().GetAwaiter().GetResult();
                logger.LogError("Access log commit of {Count} entries failed with {ExceptionType}", batch.Count, exception.GetType().Name);
                foreach (var pending in batch)
                {
                    pending.Committed.TrySetException(new AuditUnavailableException(exception));
                }
            }

            batch.Clear();
        }
    }

    // Each commit costs an fsync, most of the writer's CPU (perf: 38 % of its thread), however few
    // entries it carries. Spacing commit starts lets entries that arrive meanwhile share one, so the
    // cost per entry falls as load rises. Real time, not the registry's clock: the wait is real.
    private void WaitForCommitSlot()
    {
        var wait = options.CommitInterval - Stopwatch.GetElapsedTime(lastCommitStarted);
        if (wait > TimeSpan.Zero)
        {
            Thread.Sleep(wait);
        }

        lastCommitStarted = Stopwatch.GetTimestamp();
    }

    // On PostgreSQL a row whose month has no partition is refused. The month is created and the
    // whole commit made again, once: no entry is lost, and no request fails over it.
    private async Task<long[]> CommitCreatingMissingPartitionAsync(List<Pending> batch)
    {
        try
        {
            return await CommitAsync(batch);
        }
        catch (Exception exception) when (AccessLogPartitions.IsMissingPartition(exception) && writerContext is { } db)
        {
            logger.LogWarning("No access log partition covered {Month}: creating it and committing the {Count} entries again", committingMonth.ToString(), batch.Count);
            await AccessLogPartitions.EnsureAsync(db, committingMonth, CancellationToken.None);
            return await CommitAsync(batch);
        }
    }

    private async Task<long[]> CommitAsync(List<Pending> batch)
    {
        var db = writerContext ??= await OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var (sequence, hash, headAt) = await TakeTurnAsync(db);
        // PostgreSQL keeps microseconds; the hash must cover the instant exactly as it is read back.
        var now = clock.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));

        // Time in the log never goes backwards: a node whose clock lags another's records the
        // head's instant. So each month is one run of sequences, in one partition, that verifies
        // from its recorded first link.
        if (headAt is { } last && last > now)
        {
            now = last;
        }

        committingMonth = LogMonth.Of(now);
        if (headAt is null || committingMonth.Start > headAt.Value)
        {
            await AccessLogMonthRecords.StartAsync(db, chain, committingMonth, sequence + 1, hash, CancellationToken.None);
        }

        var sequences = new long[batch.Count];
        // Bulk inserts rather than SaveChanges: the change tracker and EF's per-batch SQL were
        // most of a commit's CPU, and every agency request waits for a commit.
        await using (var insert = AccessLogInsert.Open(db, transaction))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var entry = ToEntry(batch[i].Draft, ++sequence, now, hash);
                hash = entry.Hash;
                sequences[i] = sequence;
                await insert.AddAsync(entry, CancellationToken.None);
            }

            await insert.FlushAsync(CancellationToken.None);
        }

        await transaction.CommitAsync();
        anchor.Record(sequence, hash);
        return sequences;
    }

    // The writer keeps one connection while its commits succeed: opening one per commit (and
    // setting it up) was a visible share of each commit, which every agency request waits for.
    private async Task<RegistryDbContext> OpenConnectionAsync()
    {
        var db = await contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        if (db.Database.IsSqlite())
        {
            // Durable before anyone is told: a committed entry survives a power cut, not only a crash.
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL;");
        }

        return db;
    }

    // After a failure the next commit starts on a fresh connection (the server may have restarted).
    private async Task CloseConnectionAsync()
    {
        if (writerContext is { } db)
        {
            writerContext = null;
            // Closed for real, not only handed back: a pooled SQLite context keeps its connection
            // open otherwise (Data/OpenSqliteConnection.cs).
            await db.Database.GetDbConnection().CloseAsync();
            await db.DisposeAsync();
        }
    }

    /// <summary>
    /// Inside a transaction: waits for this writer's turn to extend the chain, then reads its head
    /// (with its time, so the caller knows when a new month begins). Every node appends to the one
    /// chain: on PostgreSQL nodes take turns, and each reads the head the others left (PostgreSQL
    /// commits are durable with the default synchronous_commit).
    /// </summary>
    internal static async Task<ChainHead> TakeTurnAsync(RegistryDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            // The commit waits for the WAL flush whatever a role or database default says.
            await db.Database.ExecuteSqlRawAsync($"SET LOCAL synchronous_commit = on; SELECT pg_advisory_xact_lock({ChainLockId})", cancellationToken);
        }

        var last = await LastLink.For(db)(db, cancellationToken);
        return last is null
            ? new ChainHead(0, AccessLogChain.Genesis, null)
            : new ChainHead(last.Sequence, last.Hash, DateTime.SpecifyKind(last.OccurredAt, DateTimeKind.Utc));
    }

    // Compiled once: it runs inside every commit. The time comes with the same row, at no extra cost.
    private static readonly CompiledPerModel<Func<RegistryDbContext, CancellationToken, Task<ChainLink?>>> LastLink = new(() => EF.CompileAsyncQuery(
        (RegistryDbContext db, CancellationToken _) => db.AccessLog.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new ChainLink(e.Sequence, e.Hash, e.OccurredAt)).FirstOrDefault()));

    private sealed record ChainLink(long Sequence, string Hash, DateTime OccurredAt);

    /// <summary>The chain's last link and its time; no time for an empty log.</summary>
    internal sealed record ChainHead(long Sequence, string Hash, DateTime? OccurredAt);

    private AccessLogEntry ToEntry(AccessLogDraft draft, long sequence, DateTime now, string previousHash)
    {
        var entry = new AccessLogEntry
        {
            Sequence = sequence,
            OccurredAt = now,
            PrincipalKind = draft.PrincipalKind,
            PrincipalSubject = draft.PrincipalSubject,
            AgencyCode = draft.AgencyCode,
            Purpose = draft.Purpose,
            Basis = draft.Basis,
            OperationName = draft.OperationName,
            DocumentHash = draft.DocumentHash,
            Subjects = [.. draft.Subjects.Order(StringComparer.Ordinal)],
            Fields = [.. draft.Fields.Order(StringComparer.Ordinal)],
            Outcome = draft.Outcome,
            Reason = draft.Reason,
            RequestId = draft.RequestId,
            PreviousHash = previousHash,
            Hash = string.Empty,
        };
        entry.Hash = chain.HashOf(entry, previousHash);
        return entry;
    }

    private sealed class Pending(AccessLogDraft draft)
    {
        public AccessLogDraft Draft { get; } = draft;

        public TaskCompletionSource<long> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
