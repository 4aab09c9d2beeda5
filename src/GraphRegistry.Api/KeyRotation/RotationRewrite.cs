namespace GraphRegistry.Api.KeyRotation;

/// <summary>Rewrites a batch's rows on every core; shared by re-encryption and re-indexing.</summary>
internal static class RotationRewrite
{
    /// <summary>The rows <paramref name="rewrite"/> changed (null: unchanged), in batch order; a refusal from any row comes out as itself.</summary>
    public static List<(long Id, T?[] OldAndNew)> ChangedRows<TRow, T>(IReadOnlyList<TRow> rows, Func<TRow, (long Id, T?[] OldAndNew)?> rewrite)
        where T : class
    {
        var changed = new (long Id, T?[] OldAndNew)?[rows.Count];
        try
        {
            Parallel.For(0, rows.Count, i => changed[i] = rewrite(rows[i]));
        }
        catch (AggregateException failed) when (failed.InnerExceptions.OfType<KeyRotationRefusedException>().FirstOrDefault() is { } refused)
        {
            throw refused;
        }

        return [.. changed.OfType<(long Id, T?[] OldAndNew)>()];
    }
}
