using NRules.RuleModel;

namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// A fact the session holds at most one of, of its type: the level in force, the classification, the earliest resolve
/// instant, the pending timer of a deadline that rules move. Its identity is its type, so a rule that replaces it with
/// its successor (<see cref="ContextExtensions.Replace"/>) updates it in place: one NRules propagation instead of a
/// retract and an insert (docs/performance.md). The successor is still a new immutable object; only the session's
/// bookkeeping treats the two as one fact.
/// </summary>
internal interface ISingletonFact : IIdentityProvider
{
    object IIdentityProvider.GetIdentity() => GetType();
}
