namespace GraphRegistry.Api.Agencies;

/// <summary>Column-masking forms, after established practice (SQL Server dynamic data masking, Oracle redaction).</summary>
public enum MaskKind
{
    /// <summary>Only the last four characters: ****3456.</summary>
    Last4,

    /// <summary>A date reduced to its year.</summary>
    YearOnly,

    /// <summary>A birth date reduced to a ten-year age band, e.g. 30-39.</summary>
    AgeBand,

    /// <summary>A name reduced to initials.</summary>
    Initials,

    /// <summary>An address reduced to the household's region.</summary>
    RegionOnly,

    /// <summary>Always null, with the reason in the response extensions.</summary>
    NullWithReason,

    /// <summary>A keyed, per-agency token: stable for one person, useless to recover the identifier.</summary>
    Pseudonym,
}
