using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.AccessLog;

public static class AccessLogQueries
{
    public static void AddAccessLogFields(this ObjectGraphType query, GraphOptions options)
    {
        query.Connection<AccessLogEntryGraphType>("accessLog")
            .Description($"Every read of household data and every refused attempt, newest first, at most {options.MaxPageSize} a page. Privacy officers only.")
            .For(FieldAudience.Officer)
            .Argument<AccessLogFilterInputGraphType>("filter")
            .ResolveAsync(async ctx =>
            {
                var first = Pages.Size(ctx.GetArgument<int?>("first"), options.DefaultPageSize, options.MaxPageSize);
                var after = LogCursor.Decode(ctx.After);
                var filter = ctx.GetArgument<AccessLogFilter?>("filter") ?? new AccessLogFilter();
                EnsureRange(filter.From, filter.To);
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                var entries = Filter(db.AccessLog.AsNoTracking(), filter);
                var page = await (after is { } before ? entries.Where(e => e.Sequence < before) : entries)
                    .OrderByDescending(e => e.Sequence)
                    .Take(first + 1)
                    .ToListAsync(ctx.CancellationToken);
                var total = ctx.SubFields?.ContainsKey("totalCount") != false ? await entries.CountAsync(ctx.CancellationToken) : (int?)null;
                return Pages.Build(page, first, after is not null, e => LogCursor.Encode(e.Sequence), e => e, total);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccessStatisticGraphType>>>>("accessLogStatistics")
            .Description("Reads and refusals per agency and purpose over a period. Privacy officers only.")
            .For(FieldAudience.Officer)
            .Argument<NonNullGraphType<DateTimeGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeGraphType>>("to")
            .ResolveAsync(async ctx =>
            {
                var (from, to) = (Utc(ctx.GetArgument<DateTime>("from")), Utc(ctx.GetArgument<DateTime>("to")));
                EnsureRange(from, to);
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                var rows = await db.AccessLog.AsNoTracking()
                    .Where(e => e.OccurredAt >= from && e.OccurredAt < to)
                    .GroupBy(e => new { e.AgencyCode, e.Purpose })
                    .Select(g => new AccessStatistic(g.Key.AgencyCode, g.Key.Purpose, g.Count(e => e.Outcome == AccessOutcome.Allowed), g.Count(e => e.Outcome == AccessOutcome.Denied)))
                    .ToListAsync(ctx.CancellationToken);
                return rows.OrderBy(r => r.AgencyCode, StringComparer.Ordinal).ThenBy(r => r.Purpose, StringComparer.Ordinal).ToList();
            });

        query.Field<NonNullGraphType<ChainVerificationGraphType>>("verifyAccessLog")
            .Description("Walks the whole hash chain and reports the first missing, moved or altered entry. Privacy officers only.")
            .For(FieldAudience.Officer)
            .ResolveAsync(async ctx => await ctx.RequestService<AccessLogVerifier>().VerifyAsync(ctx.CancellationToken));
    }

    private static IQueryable<AccessLogEntry> Filter(IQueryable<AccessLogEntry> entries, AccessLogFilter filter)
    {
        if (filter.Agency is { } agency)
        {
            entries = entries.Where(e => e.AgencyCode == agency);
        }

        if (filter.Purpose is { } purpose)
        {
            entries = entries.Where(e => e.Purpose == purpose);
        }

        if (filter.Outcome is { } outcome)
        {
            entries = entries.Where(e => e.Outcome == outcome);
        }

        if (filter.Subject is { } subject)
        {
            entries = entries.Where(e => e.Subjects.Contains(subject));
        }

        if (filter.From is { } from)
        {
            var start = Utc(from);
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = Utc(to);
            entries = entries.Where(e => e.OccurredAt < end);
        }

        return entries;
    }

    private static void EnsureRange(DateTime? from, DateTime? to)
    {
        if (from is { } start && to is { } end && Utc(start) >= Utc(end))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'from' must be before 'to'.");
        }
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc);
}
