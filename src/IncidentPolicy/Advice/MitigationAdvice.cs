using System.Linq;
using System.Collections.Immutable;

namespace IncidentPolicy.Advice;

/// <summary>A mitigation action: when to use it, how, and its risk.</summary>
/// <param name="Key">A stable key, e.g. <c>rollback</c>.</param>
/// <param name="Title">The action, e.g. <c>Rollback</c>.</param>
/// <param name="WhenToUse">When to use it.</param>
/// <param name="How">How to do it.</param>
/// <param name="Risk">What it risks.</param>
/// <param name="OfferedWith">Signals that offer it directly, whatever the hypotheses (cache clear with <c>dataInconsistency</c>); usually empty.</param>
public sealed record MitigationAdvice(string Key, string Title, string WhenToUse, string How, string Risk, ImmutableArray<string> OfferedWith = default)
{
    private readonly ImmutableArray<string> _offeredWith = OfferedWith.IsDefault ? [] : OfferedWith;

    /// <summary>The signals that offer it directly; empty when none (default, also given with <c>with</c>, reads as none).</summary>
    public ImmutableArray<string> OfferedWith
    {
        get => _offeredWith;
        init => _offeredWith = value.IsDefault ? [] : value;
    }

    /// <inheritdoc />
    public bool Equals(MitigationAdvice? other) =>
        other is not null && Key == other.Key && Title == other.Title && WhenToUse == other.WhenToUse && How == other.How && Risk == other.Risk
        && OfferedWith.SequenceEqual(other.OfferedWith);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Key, Title, How);
}
