namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// A fact that lives for one moment of the timeline: a happening (detection, an event, an elapsed
/// timer) or something derived from it. The policy's rules react to it; then
/// the engine removes it before the clock advances. Insert your own transient facts from custom rules
/// by implementing it.
/// </summary>
public interface ITransientFact;
