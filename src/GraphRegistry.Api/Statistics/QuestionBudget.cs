using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Each analyst's distinct table questions per UTC day, counted in the database so that every node
/// sharing it charges the same budget. Noise stops one question from differencing another; the
/// budget bounds how many differently cut questions an analyst can average over.
/// </summary>
public sealed class QuestionBudget(IDbContextFactory<RegistryDbContext> contexts, IOptions<StatisticsOptions> options, IHostEnvironment environment, TimeProvider clock)
{
    public int? QuestionsPerDay { get; } = options.Value.QuestionsPerDay ?? (environment.IsDevelopment() ? null : StatisticsOptions.DefaultQuestionsPerDay);

    /// <summary>Charges one question, unless asked already today; throws <see cref="StatisticsBudgetExhaustedError"/> when none is left.</summary>
    public async Task SpendAsync(string analyst, string question, CancellationToken cancellationToken)
    {
        if (QuestionsPerDay is not { } limit)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var day = now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(question)));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.AnalystQuestions.AnyAsync(q => q.Analyst == analyst && q.Day == day && q.Fingerprint == fingerprint, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "AnalystBudgets" ("Analyst", "Day", "Used") VALUES ({analyst}, {day}, 0) ON CONFLICT DO NOTHING""", cancellationToken);

        // One statement: on PostgreSQL the row lock makes two nodes' updates wait for each other and re-check the limit.
        var charged = await db.AnalystBudgets.Where(b => b.Analyst == analyst && b.Day == day && b.Used < limit)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.Used, b => b.Used + 1), cancellationToken);
        if (charged == 0)
        {
            throw new StatisticsBudgetExhaustedError(limit, new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero));
        }

        var recorded = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "AnalystQuestions" ("Analyst", "Day", "Fingerprint", "AskedAt") VALUES ({analyst}, {day}, {fingerprint}, {now}) ON CONFLICT DO NOTHING""", cancellationToken);

        // The same question asked at the same moment on another node: that one paid; this charge is undone.
        if (recorded == 1)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
