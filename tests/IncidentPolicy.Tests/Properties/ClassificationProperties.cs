using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules;
using IncidentPolicy.Tests.Properties.Generators;
using NodaTime;
using Xunit;
using static IncidentPolicy.Tests.Properties.Observations;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// Property 1, triage (IRP1001-IRP1003): "Based on the impact assessment, assign a severity level";
/// "any incident involving data breach or security compromise is automatically P0"; "when in doubt,
/// over-classify". For the default policy and for generated ones (whose matrices are monotone).
/// </summary>
public sealed class ClassificationProperties
{
    [Invariant]
    public Property More_impact_never_gives_a_less_severe_level() => Prop.ForAll(ImpactPair.Arbitrary, pair =>
    {
        var less = Classify(pair.Policy.Engine, pair.Less, pair.DetectedAt);
        var more = Classify(pair.Policy.Engine, pair.More, pair.DetectedAt);

        Assert.True(more.Rank <= less.Rank, $"{Impacts.Describe(pair.More)} is {more}, less severe than {Impacts.Describe(pair.Less)} at {less}");
    });

    [Invariant]
    public Property An_unknown_answer_is_never_classified_less_severe_than_any_answer_it_could_be() => Prop.ForAll(ImpactPair.WithUnknowns, pair =>
    {
        var unknown = Classify(pair.Policy.Engine, pair.Less, pair.DetectedAt);

        foreach (var possible in PossibleAnswers(pair.Less))
        {
            var known = Classify(pair.Policy.Engine, possible, pair.DetectedAt);
            Assert.True(unknown.Rank <= known.Rank, $"{Impacts.Describe(pair.Less)} is {unknown}, less severe than {Impacts.Describe(possible)} at {known}");
        }
    });

    [Invariant]
    public Property A_security_breach_or_data_corruption_at_detection_gives_the_most_severe_level() => Prop.ForAll(ImpactPair.Flagged, pair =>
    {
        var breachCounts = pair.Policy.IsOn(BuiltInRules.Get("IRP1002")) && pair.Less.SecurityBreach;
        var level = Classify(pair.Policy.Engine, pair.Less, pair.DetectedAt);

        if (breachCounts || pair.Less.DataCorruption)
        {
            Assert.Equal(pair.Policy.Policy.MostSevere.Level, level);
        }
    });

    [Invariant]
    public Property While_a_security_breach_is_flagged_the_incident_stays_at_the_most_severe_level() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var flagged = s.Policy.IsOn(BuiltInRules.Get("IRP1002")) && ImpactAt(s.Incident, s.At).SecurityBreach;
        var result = s.Evaluate(s.At);

        if (flagged)
        {
            Assert.Equal(s.Policy.Policy.MostSevere.Level, result.Severity);
        }

        return Prop.ToProperty(true).Classify(flagged, "breach flagged");
    });

    [Invariant]
    public Property A_reassessment_with_a_security_breach_or_data_corruption_gives_the_most_severe_level() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var effective = EffectiveEvents(s.Incident, s.At);
        var checkedAny = false;
        foreach (var reassessed in effective.OfType<ImpactReassessed>())
        {
            var impact = ImpactAt(s.Incident, reassessed.At);
            var sameInstant = effective.Where(e => e.At == reassessed.At).ToList();
            // The last change at that instant decides the level there; a person may still downgrade data corruption at the same instant.
            if (sameInstant.OfType<SeverityAssigned>().Any() || sameInstant.OfType<ImpactReassessed>().Last() != reassessed)
            {
                continue;
            }

            if ((s.Policy.IsOn(BuiltInRules.Get("IRP1002")) && impact.SecurityBreach) || impact.DataCorruption)
            {
                checkedAny = true;
                Assert.Equal(s.Policy.Policy.MostSevere.Level, s.Evaluate(reassessed.At).Severity);
            }
        }

        return Prop.ToProperty(true).Classify(checkedAny, "flagged by a reassessment");
    });

    /// <summary>Every assessment an unknown answer could turn out to be.</summary>
    private static IEnumerable<ImpactAssessment> PossibleAnswers(ImpactAssessment impact) =>
        from users in impact.UsersAffected == UsersAffected.Unknown ? Impacts.UsersByImpact : [impact.UsersAffected]
        from scope in impact.Scope == ImpactScope.Unknown ? Impacts.ScopesByImpact : [impact.Scope]
        select impact with { UsersAffected = users, Scope = scope };

    /// <summary>Two assessments, <see cref="More"/> with at least the impact of <see cref="Less"/> in every answer and flag.</summary>
    internal sealed record ImpactPair(GeneratedPolicy Policy, ImpactAssessment Less, ImpactAssessment More, Instant DetectedAt)
    {
        public static Arbitrary<ImpactPair> Arbitrary { get; } = Arb.From(
            from policy in PolicyVariants.Any
            from less in Impacts.KnownAssessments
            from users in Gen.Elements(Impacts.AtLeast(less.UsersAffected).ToArray())
            from scope in Gen.Elements(Impacts.AtLeast(less.Scope).ToArray())
            from breach in Impacts.RareFlag
            from corruption in Impacts.RareFlag
            from detectedAt in IncidentRecords.Detection
            select new ImpactPair(policy, less, new ImpactAssessment(users, scope, less.SecurityBreach || breach, less.DataCorruption || corruption), detectedAt),
            Shrink);

        /// <summary>An assessment with at least one unknown answer (in <see cref="Less"/>).</summary>
        public static Arbitrary<ImpactPair> WithUnknowns { get; } = Arb.From(
            from policy in PolicyVariants.Any
            from known in Impacts.KnownAssessments
            from which in Gen.Elements(1, 2, 3)
            from detectedAt in IncidentRecords.Detection
            let impact = known with
            {
                UsersAffected = (which & 1) != 0 ? UsersAffected.Unknown : known.UsersAffected,
                Scope = (which & 2) != 0 ? ImpactScope.Unknown : known.Scope,
            }
            select new ImpactPair(policy, impact, impact, detectedAt),
            Shrink);

        /// <summary>An assessment (in <see cref="Less"/>) with a flag set half of the time.</summary>
        public static Arbitrary<ImpactPair> Flagged { get; } = Arb.From(
            from policy in PolicyVariants.Any
            from impact in Impacts.Assessments
            from breach in Gen.Elements(false, true)
            from corruption in Gen.Elements(false, true)
            from detectedAt in IncidentRecords.Detection
            let flagged = impact with { SecurityBreach = breach, DataCorruption = corruption }
            select new ImpactPair(policy, flagged, flagged, detectedAt),
            Shrink);

        private static IEnumerable<ImpactPair> Shrink(ImpactPair pair) =>
            pair.Policy.Shrink().Select(p => pair with { Policy = p });

        public override string ToString() =>
            $"\n  {Policy}\n  {Impacts.Describe(Less)}{(Less == More ? string.Empty : " and " + Impacts.Describe(More))} at {DetectedAt}";
    }
}
