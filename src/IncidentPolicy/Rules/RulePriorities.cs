namespace IncidentPolicy.Rules;

/// <summary>
/// The order in which rules fire within one moment of the timeline. NRules fires the activation of
/// highest priority first, so a moment is: record what happened, decide level changes, react to them
/// (clocks, notifications, checks), clear the moment's transient facts, and only then advance the clock.
/// </summary>
internal static class RulePriorities
{
    /// <summary>Stops the look-ahead at the first observable change after the evaluation instant.</summary>
    public const int Lookahead = 1000;

    /// <summary>Drops events after resolution before anything reacts to them.</summary>
    public const int Filter = 900;

    /// <summary>Applies a recorded event to the incident's state.</summary>
    public const int Record = 100;

    /// <summary>Decides level changes.</summary>
    public const int Decision = 50;

    /// <summary>Reacts to what happened: clocks, notifications, checks.</summary>
    public const int Reaction = 0;

    /// <summary>Clears the moment's transient facts.</summary>
    public const int Cleanup = -500;

    /// <summary>Advances the clock to the next event or timer.</summary>
    public const int Advance = -1000;
}
