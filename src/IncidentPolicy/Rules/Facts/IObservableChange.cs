using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// A fact whose insertion changes the evaluation result (a history entry, a notification, a
/// diagnostic, a deadline, the status). Its <see cref="ChangedAt"/> is the moment of the change, so the
/// first one after the evaluation instant is <c>nextEvaluationAt</c>.
/// </summary>
internal interface IObservableChange
{
    Instant ChangedAt { get; }
}
