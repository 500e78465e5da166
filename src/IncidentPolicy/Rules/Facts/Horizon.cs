using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// How far the timeline may advance. First it is the evaluation instant; then, to find
/// <c>nextEvaluationAt</c>, it is lifted (<see cref="IsLookahead"/>) and the timeline runs on until the
/// first observable change.
/// </summary>
internal sealed class Horizon(Instant until, Instant evaluatedAt, bool isLookahead)
{
    public Instant Until { get; } = until;

    public Instant EvaluatedAt { get; } = evaluatedAt;

    public bool IsLookahead { get; } = isLookahead;

    public static Horizon At(Instant evaluatedAt) => new(evaluatedAt, evaluatedAt, false);

    public Horizon Lifted() => new(Instant.MaxValue, EvaluatedAt, true);
}
