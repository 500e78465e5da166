namespace IncidentPolicy.Serialization;

/// <summary>What reading an incident record does with a property the format does not define (<see cref="IncidentReadOptions.UnknownProperties"/>).</summary>
public enum UnknownPropertyHandling
{
    /// <summary>
    /// The default: an unknown property is a problem, reported with its path and, when a known name is
    /// within two edits of it, that name (<c>$.impcat: unknown property "impcat"; did you mean "impact"?</c>),
    /// so that a misspelt field is never read as left out.
    /// </summary>
    Refuse = 0,

    /// <summary>
    /// Unknown properties are skipped, at every level, unread. For hosts that must read records written by a
    /// newer version of the format, or that carry fields of their own; a misspelt field then counts as left out.
    /// </summary>
    Ignore = 1,
}
