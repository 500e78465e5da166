namespace IncidentPolicy.Model;

/// <summary>Who is affected by an incident (the first question of triage, <c>docs/procedure.md</c>).</summary>
public enum UsersAffected
{
    /// <summary>Not known yet; classified as <see cref="All"/> ("when in doubt, over-classify").</summary>
    Unknown = 0,

    /// <summary>All users.</summary>
    All,

    /// <summary>Most users.</summary>
    Most,

    /// <summary>A subset of users.</summary>
    Subset,

    /// <summary>Internal users only.</summary>
    Internal,
}
