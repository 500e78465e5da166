namespace IncidentPolicy.Rules;

/// <summary>
/// The order in which rules fire within one moment of the timeline. <c>IncidentTimeline</c> has already
/// applied a recorded event to the record's state (impact, roles, mitigation, status, resolution) when
/// the moment starts; NRules fires the activation of highest priority first, so a moment is: classify an
/// impact assessed, decide level changes, record them, react to them (clocks, notifications, checks).
/// When no rule is left to fire, the timeline clears the moment's transient facts and only then advances
/// the clock.
/// </summary>
internal static class RulePriorities
{
    /// <summary>Applies a decided level change to the incident's state.</summary>
    public const int Record = 100;

    /// <summary>Classifies an impact assessed (once per assessment), before the decisions that read the classification.</summary>
    public const int Classification = 75;

    /// <summary>Decides level changes.</summary>
    public const int Decision = 50;

    /// <summary>Reacts to what happened: clocks, notifications, checks.</summary>
    public const int Reaction = 0;
}
