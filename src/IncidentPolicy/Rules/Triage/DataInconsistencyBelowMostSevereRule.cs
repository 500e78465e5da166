using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Rules.Triage;

/// <summary>
/// IRP1004: a <c>dataInconsistency</c> observed while the incident is below the most severe level. Data
/// corruption is an example of the most severe level, a minor inconsistency one of the least: the impact
/// should be reassessed. At the observation's instant.
/// </summary>
[Name(DataInconsistencyBelowMostSevereRule.Id + " A data inconsistency observed below the most severe level")]
[Tag(DataInconsistencyBelowMostSevereRule.Id)]
[Priority(RulePriorities.Reaction)]
internal sealed class DataInconsistencyBelowMostSevereRule(RuleContext policy) : Rule, IBuiltInRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "IRP1004";

    /// <summary>What the rule is: its ID, title, message format, category and default severity.</summary>
    public static RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id, "A data inconsistency calls for a reassessment",
        "A data inconsistency was observed at {0} while the incident is {1}: data corruption is a {2} example, a minor inconsistency a {3} one; reassess the impact",
        RuleCategories.Triage, RuleSeverity.Info);

    private readonly string _mostSevere = policy.Policy.MostSevere.Name;

    private readonly string _leastSevere = policy.Policy.Levels[policy.Policy.Levels.Length - 1].Name;

    public override void Define()
    {
        EventOccurred observed = null!;
        CurrentSeverity current = null!;

        When()
            .Match(() => observed, o => o.Event is Observation, o => ((Observation)o.Event).Signal == ObservedSignal.DataInconsistency)
            .Match(() => current, s => s.Level != null && s.Level.Name != _mostSevere);

        Then()
            .Do(ctx => policy.Report(
                ctx, Descriptor, observed.Event.At, observed.Event.At, current.Level!.Name, _mostSevere, _leastSevere));
    }
}
