namespace IncidentPolicy.Rules;

/// <summary>
/// The order in which rules fire within one moment of the timeline. NRules fires the activation of
/// highest priority first, so a moment is: record what happened, decide level changes, react to them
/// (clocks, notifications, checks). When no rule is left to fire, <c>IncidentTimeline</c> clears the
/// moment's transient facts and only then advances the clock.
/// </summary>
internal static class RulePriorities
{
    /// <summary>Drops events after resolution before anything reacts to them.</summary>
    public const int Filter = 900;

    /// <summary>Applies a recorded event to the incident's state.</summary>
    public const int Record = 100;

    /// <summary>Decides level changes.</summary>
    public const int Decision = 50;

    /// <summary>Reacts to what happened: clocks, notifications, checks.</summary>
    public const int Reaction = 0;
}
