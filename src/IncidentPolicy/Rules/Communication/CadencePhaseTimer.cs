using IncidentPolicy.Evaluation;
using IncidentPolicy.Rules.Facts;
using NodaTime;

namespace IncidentPolicy.Rules.Communication;

/// <summary>
/// An instant at which a phase of some level's cadence schedule begins. It is not part of the result and
/// changes nothing by itself (it is not an observable change): when it elapses,
/// <see cref="TightenUpdateAtPhaseRule"/> moves the next update earlier if the current level's new phase asks
/// for it, and only that move is a change. Resolution stops it.
/// </summary>
internal sealed class CadencePhaseTimer(Instant dueAt) : RuleTimer(dueAt, Deadline.CadencePhase)
{
}
