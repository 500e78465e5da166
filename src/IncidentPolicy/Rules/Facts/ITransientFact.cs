namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// A fact that lives for one moment of the timeline: a happening (detection, an event, an elapsed
/// timer) or something derived from it. The policy's rules react to it; then
/// <see cref="Timeline.ClearTransientFactsRule"/> removes it before the clock advances.
/// </summary>
internal interface ITransientFact;
