using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Reviews;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Reviews;

/// <summary>
/// The draft of every sample incident, compared with its approved file in Reviews/Approved (a day after the
/// record's last event, under the default policy). Set INCIDENTPOLICY_UPDATE_REVIEW_DRAFTS=1 to rewrite
/// the approved files after a deliberate change, and read the diff.
/// </summary>
public sealed class ReviewDraftApprovalTests
{
    /// <summary>The environment variable that rewrites the approved drafts.</summary>
    public const string UpdateVariable = "INCIDENTPOLICY_UPDATE_REVIEW_DRAFTS";

    public static TheoryData<string> Samples => [.. Repository.SampleIncidentNames];

    /// <summary>The instant a sample's draft is written at: a day after its last event (or its detection).</summary>
    public static Instant DraftedAt(IncidentRecord incident) =>
        incident.Events.Select(e => e.At).Append(incident.DetectedAt).Max() + Duration.FromHours(24);

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_draft_of_each_sample_incident_is_the_approved_one(string sample)
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident(sample));
        var draft = ReviewDraft.Write(Engines.Default, incident, DraftedAt(incident));

        var approved = Repository.PathOf("tests", "IncidentPolicy.Tests", "Reviews", "Approved", Path.ChangeExtension(sample, ".md"));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(approved, draft);
        }

        Assert.True(File.Exists(approved), $"{approved} is missing: run the tests with {UpdateVariable}=1 and read it.");
        Assert.Equal(File.ReadAllText(approved), draft);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_draft_has_the_templates_sections_in_order_and_a_diagram(string sample)
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident(sample));
        var lines = ReviewDraft.Write(Engines.Default, incident, DraftedAt(incident)).Split('\n');

        Assert.StartsWith("# Post-Incident Review: ", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            ["## Summary", "## Timeline (UTC)", "## Impact", "## Root Cause", "## Five Whys", "## Action Items", "## Lessons Learned"],
            lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Contains("```mermaid", lines);
        Assert.Equal(5, lines.Count(l => l.Contains("**Why**", StringComparison.Ordinal)));
        Assert.Contains("- What went well: [e.g., quick detection, rapid team assembly]", lines);
        Assert.Contains("- What could improve: [e.g., rollback automation, test coverage]", lines);
    }
}
