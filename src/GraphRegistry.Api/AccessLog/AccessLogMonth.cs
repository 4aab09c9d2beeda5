namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// Where one month of the log starts: the sequence of its first entry and the hash that entry
/// links to (the "recorded first link"), sealed with an HMAC under the chain key, so a month
/// verifies on its own and deleting its first entries cannot be hidden by rewriting the record.
/// Written in the same transaction as the month's first entry. Once the month is archived
/// (<c>archive-log</c>) it also holds the month's last link, sealed again: the chain that stays in
/// the database verifies from there.
/// </summary>
public sealed class AccessLogMonth
{
    /// <summary>yyyy-MM, in UTC.</summary>
    public required string Month { get; set; }

    public long FirstSequence { get; set; }

    public required string PreviousHash { get; set; }

    public required string Seal { get; set; }

    public DateTime? ArchivedAt { get; set; }

    public long? LastSequence { get; set; }

    public string? LastHash { get; set; }

    /// <summary>Covers the month, its first and last link: set with them when the month is archived.</summary>
    public string? ArchiveSeal { get; set; }
}
