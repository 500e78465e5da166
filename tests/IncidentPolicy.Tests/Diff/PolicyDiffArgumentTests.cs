using System;
using IncidentPolicy.Diff;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Diff;

/// <summary>The public entry points of the policy diff refuse a missing or blank argument, naming it.</summary>
public sealed class PolicyDiffArgumentTests
{
    private static readonly IncidentDiff Diff = PolicyDiff.Compare(Engines.Default, Engines.Default, Incidents.Record("10:00", Incidents.P2Impact));

    [Fact]
    public void Comparing_refuses_a_missing_engine_record_or_evaluation_naming_it()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact);
        var evaluation = Engines.Default.Evaluate(incident, T.Of("10:00"));

        Assert.Equal("incident", Assert.Throws<ArgumentNullException>(() => PolicyDiff.DefaultInstant(null!)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentNullException>(() => PolicyDiff.Compare(null!, Engines.Default, incident)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => PolicyDiff.Compare(Engines.Default, null!, incident, T.Of("10:00"))).ParamName);
        Assert.Equal("incident", Assert.Throws<ArgumentNullException>(() => PolicyDiff.Compare(Engines.Default, Engines.Default, null!)).ParamName);
        Assert.Equal("incident", Assert.Throws<ArgumentNullException>(() => PolicyDiff.Compare(Engines.Default, Engines.Default, null!, T.Of("10:00"))).ParamName);
        Assert.Equal("before", Assert.Throws<ArgumentNullException>(() => PolicyDiff.Compare(null!, evaluation)).ParamName);
        Assert.Equal("after", Assert.Throws<ArgumentNullException>(() => PolicyDiff.Compare(evaluation, null!)).ParamName);
    }

    [Fact]
    public void An_instant_before_the_detection_is_refused_naming_the_instant_the_incident_and_its_detection()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact);

        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => PolicyDiff.Compare(Engines.Default, Engines.Default, incident, T.Of("09:59")));

        Assert.Equal(("at", T.Of("09:59")), (refused.ParamName, refused.ActualValue));
        Assert.StartsWith("The instant 2024-03-15T09:59:00Z is before incident 'INC-1' was detected (2024-03-15T10:00:00Z).", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluations_of_two_incidents_or_instants_are_refused_naming_both()
    {
        var incident = Incidents.Record("10:00", Incidents.P2Impact);

        var refused = Assert.Throws<ArgumentException>(() => PolicyDiff.Compare(Engines.Default.Evaluate(incident, T.Of("10:00")), Engines.Default.Evaluate(incident, T.Of("11:00"))));

        Assert.Equal("after", refused.ParamName);
        Assert.StartsWith(
            "Only two evaluations of one incident at one instant compare: 'INC-1' at 2024-03-15T10:00:00Z and 'INC-1' at 2024-03-15T11:00:00Z.",
            refused.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_refuses_a_missing_diff_and_a_blank_policy_name_naming_it()
    {
        Assert.Equal("diff", Assert.Throws<ArgumentNullException>(() => PolicyDiffJson.Write(null!)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentNullException>(() => PolicyDiffJson.WriteReport(null!, "new.json", [Diff])).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentException>(() => PolicyDiffJson.WriteReport(" ", "new.json", [Diff])).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => PolicyDiffJson.WriteReport("default", string.Empty, [Diff])).ParamName);
        Assert.Equal("diffs", Assert.Throws<ArgumentNullException>(() => PolicyDiffJson.WriteReport("default", "new.json", null!)).ParamName);
        Assert.Equal("diffs", Assert.Throws<ArgumentException>(() => PolicyDiffJson.WriteReport("default", "new.json", [Diff, null!])).ParamName);
    }
}
