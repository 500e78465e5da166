using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NodaTime;

namespace IncidentPolicy.Rules.Response;

/// <summary>The pending response deadline (<c>responseBy</c>), set with <see cref="Level"/> at <see cref="ChangedAt"/>.</summary>
internal sealed class ResponseTimer(Instant dueAt, SeverityLevelPolicy level, Instant changedAt) : RuleTimer(dueAt, Deadline.ResponseBy), IObservableChange
{
    public SeverityLevelPolicy Level { get; } = level;

    public Instant ChangedAt { get; } = changedAt;
}
