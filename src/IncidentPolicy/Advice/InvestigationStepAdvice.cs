using System.Linq;
using System.Collections.Immutable;

namespace IncidentPolicy.Advice;

/// <summary>A step of the structured investigation, with what to look for.</summary>
/// <param name="Key">The step as an <c>investigationStep</c> event names it: <c>dashboards</c>, <c>deploys</c>, <c>logs</c>, <c>hypothesis</c> or <c>test</c>.</param>
/// <param name="Title">What the step is, e.g. <c>Check dashboards</c>.</param>
/// <param name="LookFor">What to look for or answer in the step; at least one (default reads as none).</param>
public sealed record InvestigationStepAdvice(string Key, string Title, ImmutableArray<string> LookFor)
{
    private readonly ImmutableArray<string> _lookFor = LookFor.IsDefault ? [] : LookFor;

    /// <summary>What to look for or answer in the step; empty when none (default, also given with <c>with</c>, reads as none), which the tables' check refuses.</summary>
    public ImmutableArray<string> LookFor
    {
        get => _lookFor;
        init => _lookFor = value.IsDefault ? [] : value;
    }

    /// <inheritdoc />
    public bool Equals(InvestigationStepAdvice? other) =>
        other is not null && Key == other.Key && Title == other.Title && LookFor.SequenceEqual(other.LookFor);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Key, Title, LookFor.Length);
}
