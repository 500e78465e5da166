using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Diff;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using IncidentPolicy.Serialization.Wire;
using IncidentPolicy.Tests.Properties.Generators;
using Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// The policy diff (docs/policy-diff.md) on generated policies and records: a policy compared with itself changes nothing,
/// the changes are exactly the differences of the two results (none dropped, none invented), and swapping the two
/// policies swaps before and after.
/// </summary>
public sealed class PolicyDiffProperties
{
    private static Arbitrary<PolicyPair> Pairs { get; } = Arb.From(
        from scenario in Scenarios.Of(RecordShape.Any).Generator
        from other in PolicyVariants.Any
        select new PolicyPair(scenario, other),
        pair => pair.Scenario.Shrink().Select(s => pair with { Scenario = s }));

    [Invariant]
    public Property A_policy_compared_with_itself_read_back_from_JSON_changes_nothing() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var diff = PolicyDiff.Compare(s.Engine, s.Policy.ReadBackEngine, s.Incident, s.At);

        Assert.Empty(diff.Changes);
    });

    [Invariant]
    public Property The_changes_take_the_old_result_to_the_new_one_and_are_empty_exactly_when_both_write_the_same_JSON() => Prop.ForAll(Pairs, pair =>
    {
        var diff = pair.Compare();

        Assert.Equal(IncidentJson.WriteEvaluation(diff.Before) != IncidentJson.WriteEvaluation(diff.After), diff.HasChanges);
        Assert.Equal(Snapshot.Of(diff.After), Snapshot.Of(diff.Before).Apply(diff.Changes));
    });

    [Invariant]
    public Property Swapping_the_policies_swaps_before_and_after() => Prop.ForAll(Pairs, pair =>
    {
        var forward = pair.Compare();
        var backward = PolicyDiff.Compare(pair.Other.Engine, pair.Scenario.Engine, pair.Scenario.Incident, pair.Scenario.At);

        Assert.Equal(forward.Changes.Select(Describe).Order(), backward.Changes.Select(c => Describe(c, mirrored: true)).Order());
    });

    private static string Describe(BehaviourChange change) => Describe(change, mirrored: false);

    /// <summary>A change as text; mirrored, as the change the other way round (added and removed, before and after swapped).</summary>
    private static string Describe(BehaviourChange change, bool mirrored)
    {
        var kind = (change.Kind, mirrored) switch
        {
            (ChangeKind.Added, true) => ChangeKind.Removed,
            (ChangeKind.Removed, true) => ChangeKind.Added,
            _ => change.Kind,
        };
        var (before, after) = Values(change);
        return mirrored ? $"{kind} {change.Path} {after} -> {before}" : $"{kind} {change.Path} {before} -> {after}";
    }

    private static (string? Before, string? After) Values(BehaviourChange change) => change switch
    {
        FieldChange c => (c.Before, c.After),
        InstantChange c => (c.Before?.ToString(), c.After?.ToString()),
        SeverityHistoryChange c => (Entry(c.Before, EvaluationWireMapper.ToWire), Entry(c.After, EvaluationWireMapper.ToWire)),
        NotificationChange c => (Entry(c.Before, EvaluationWireMapper.ToWire), Entry(c.After, EvaluationWireMapper.ToWire)),
        DiagnosticChange c => (Entry(c.Before, EvaluationWireMapper.ToWire), Entry(c.After, EvaluationWireMapper.ToWire)),
        _ => throw new System.ArgumentException(change.GetType().Name),
    };

    private static string? Entry<T, TWire>(T? entry, System.Func<T, TWire> wire)
        where T : class => entry is null ? null : wire(entry)!.ToString();

    /// <summary>A scenario's policy and another, compared on the scenario's record at its instant.</summary>
    internal sealed record PolicyPair(Scenario Scenario, GeneratedPolicy Other)
    {
        public IncidentDiff Compare() => PolicyDiff.Compare(Scenario.Engine, Other.Engine, Scenario.Incident, Scenario.At);

        public override string ToString() => $"{Scenario}\n  compared with: {Other}";
    }

    /// <summary>A result as its fields (by path) and its lists (as sorted multisets of their entries' wire forms).</summary>
    private sealed record Snapshot(SortedDictionary<string, string?> Fields, Dictionary<string, List<string>> Lists)
    {
        public static Snapshot Of(PolicyEvaluation result)
        {
            var fields = new SortedDictionary<string, string?>(System.StringComparer.Ordinal)
            {
                ["severity"] = result.Severity.Name,
                ["peakSeverity"] = result.PeakSeverity.Name,
                ["status"] = WireNames.Status.Name(result.Status),
                ["phase"] = WireNames.Phase.Name(result.Phase),
                ["channel"] = result.Channel,
                ["nextEvaluationAt"] = result.NextEvaluationAt?.ToString(),
            };
            foreach (var deadline in Deadline.All)
            {
                fields["deadlines." + deadline.Name] = result.Deadlines[deadline]?.ToString();
            }

            return new Snapshot(fields, new Dictionary<string, List<string>>
            {
                ["severityHistory"] = [.. result.SeverityHistory.Select(h => EvaluationWireMapper.ToWire(h).ToString())],
                ["notifications"] = [.. result.Notifications.Select(n => EvaluationWireMapper.ToWire(n).ToString())],
                ["diagnostics"] = [.. result.Diagnostics.Select(d => EvaluationWireMapper.ToWire(d).ToString())],
            });
        }

        /// <summary>The changes applied: each field set to its new value, each entry's old form (which must be there) replaced by its new one.</summary>
        public Snapshot Apply(IEnumerable<BehaviourChange> changes)
        {
            var fields = new SortedDictionary<string, string?>(Fields, System.StringComparer.Ordinal);
            var lists = Lists.ToDictionary(l => l.Key, l => l.Value.ToList());
            foreach (var change in changes)
            {
                var (before, after) = Values(change);
                if (change is FieldChange or InstantChange)
                {
                    Assert.True(fields.ContainsKey(change.Path), change.Path);
                    Assert.Equal(fields[change.Path], before);
                    fields[change.Path] = after;
                    continue;
                }

                if (before is not null)
                {
                    Assert.True(lists[change.Path].Remove(before), $"{change.Path}: {before} is not in the old result");
                }

                if (after is not null)
                {
                    lists[change.Path].Add(after);
                }
            }

            return new Snapshot(fields, lists);
        }

        public bool Equals(Snapshot? other) =>
            other is not null
            && Fields.SequenceEqual(other.Fields)
            && Lists.Keys.Order().SequenceEqual(other.Lists.Keys.Order())
            && Lists.All(l => l.Value.Order(System.StringComparer.Ordinal).SequenceEqual(other.Lists[l.Key].Order(System.StringComparer.Ordinal)));

        public override int GetHashCode() => Fields.Count;

        public override string ToString() =>
            string.Join("\n", Fields.Select(f => $"{f.Key}: {f.Value}").Concat(Lists.SelectMany(l => l.Value.Order(System.StringComparer.Ordinal).Select(v => $"{l.Key}: {v}"))));
    }
}
