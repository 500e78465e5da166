using System;
using IncidentPolicy.Documents;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Documents;

/// <summary>The incident a document is about: its record and that record's evaluation, both required.</summary>
public sealed class DocumentIncidentTests
{
    [Fact]
    public void A_document_incident_names_a_missing_record_or_evaluation_and_keeps_what_it_is_given()
    {
        var record = IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));
        var evaluation = new PolicyEngine(ResponsePolicy.Default).Evaluate(record, Instant.FromUtc(2024, 3, 16, 12, 0));

        Assert.Throws<ArgumentNullException>("record", () => new DocumentIncident(null!, evaluation));
        Assert.Throws<ArgumentNullException>("evaluation", () => new DocumentIncident(record, null!));
        var incident = new DocumentIncident(record, evaluation);
        Assert.Same(record, incident.Record);
        Assert.Same(evaluation, incident.Evaluation);
    }
}
