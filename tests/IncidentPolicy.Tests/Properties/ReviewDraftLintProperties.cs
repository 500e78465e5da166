using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Documents;
using IncidentPolicy.Reviews;
using IncidentPolicy.Tests.Properties.Generators;
using Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// The draft the library writes passes its own review rules: linted as a review with the record it was drafted
/// from, under the same policy and at the same instant, it reports only the placeholders left for people to fill
/// (IRP8009), whatever the record; drafted after the review deadline, it is dated after it and IRP8110 says so too.
/// </summary>
public sealed class ReviewDraftLintProperties
{
    [Invariant]
    public Property A_draft_linted_with_its_own_incident_at_the_same_instant_reports_only_placeholders_and_a_review_past_its_deadline() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var draft = ReviewDraft.Write(s.Engine, s.Incident, s.At);
        var evaluation = s.Evaluate(s.At);
        var options = new DocumentAnalysisOptions(s.At)
        {
            Policy = s.Policy.Policy,
            Kind = DocumentKind.Review,
            Incident = new DocumentIncident(s.Incident, evaluation),
        };

        var analysis = DocumentAnalyzer.Analyze("review.md", draft, options);

        Assert.Equal(DocumentKind.Review, analysis.Kind);

        // A draft written after the review deadline is dated after it, and says so (IRP8110): the one finding
        // beside the placeholders, and only then.
        var zone = s.Policy.Policy.Calendar.TimeZone;
        var late = evaluation.Deadlines.ReviewBy is { } reviewBy && reviewBy.InZone(zone).Date < s.At.InZone(zone).Date;
        var expected = late && s.Policy.IsOn(Rule("IRP8110")) ? new[] { "IRP8009", "IRP8110" } : ["IRP8009"];
        Assert.All(analysis.Findings, f => Assert.True(expected.Contains(f.Id), $"{f}\n{draft}"));

        // The draft leaves its human parts as placeholders, reported unless the policy switches the rule off.
        Assert.Equal(s.Policy.IsOn(Rule("IRP8009")), analysis.Findings.Any(f => f.Id == "IRP8009"));
        Assert.Equal(expected.Length == 2, analysis.Findings.Any(f => f.Id == "IRP8110"));
        return Prop.ToProperty(true)
            .Classify(!s.Policy.IsOn(Rule("IRP8009")), "placeholder rule off")
            .Classify(late, "drafted after the review deadline")
            .Classify(s.Incident.Events.Any(e => e is Model.Events.Resolved), "resolved");
    });

    private static IncidentPolicy.Rules.RuleDescriptor Rule(string id) => DocumentRules.All.Single(r => r.Id == id);
}
